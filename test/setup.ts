// A pure library never logs: any console output during a test is a failure.
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  console[method] = (...args: unknown[]): void => {
    throw new Error(`console.${method} called during a test: ${args.map(String).join(' ')}`);
  };
}
