import { readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatPath, type Issue } from '../../src/core/index.js';
import {
  criteriaJsonSchema,
  criteriaSetToJSON,
  loadCriteriaSet,
  type CriteriaSetJson,
} from '../../src/scoring/index.js';
import { caMauLike, caMauLikeJson } from './fixtures.js';

function issuesOf(json: unknown): readonly Issue[] {
  const r = loadCriteriaSet(json);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
}
function codesAt(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${formatPath(i.path)} ${i.code}`);
}
const leaf = (id: string, max: number) => ({ id, title: `Tiêu chí ${id}`, max, rule: { kind: 'manual' } });

describe('loadCriteriaSet', () => {
  it('loads a valid set, freezes it and lists its leaves in document order', () => {
    const set = caMauLike();
    expect(set.leafIds).toEqual(['1.1', '1.2', '1.3', '1.4.1', '1.4.2', '2.1', '2.2']);
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.nodes[0]?.children?.[1]?.rule)).toBe(true);
    expect(set.classes?.map((b) => b.name)).toEqual(['Tốt', 'Khá', 'Trung bình', 'Yếu']);
  });

  it('reports every problem at once, each with its path and code', () => {
    const issues = issuesOf({
      schemaVersion: 1,
      id: 'bad',
      title: 'Bộ lỗi',
      counts: { areas: 2, criteria: 2 },
      classes: [
        { name: 'A', min: 90 },
        { name: 'B', min: 80, below: 85 },
        { name: 'C', min: 70, below: 82 },
      ],
      nodes: [
        { id: '1', title: 'Lĩnh vực 1', max: 3, children: [leaf('1.1', 1), leaf('1.2', 1)] },
        {
          id: '2',
          title: 'Lĩnh vực 2',
          max: 2,
          children: [
            { id: '1.1', title: 'Trùng mã', max: 1, rule: { kind: 'thần kỳ' } },
            {
              id: '2.2',
              title: 'Bậc lộn xộn',
              max: 1,
              rule: {
                kind: 'tiers',
                tiers: [
                  { min: 50, points: 0.5 },
                  { min: 90, points: 1 },
                  { min: 70, points: 0.75 },
                ],
              },
            },
          ],
        },
        {
          id: '3',
          title: 'Mức vượt',
          max: 1.0005,
          rule: { kind: 'levels', levels: { tốt: 2, 'chưa tốt': 0 } },
          color: 'red',
        },
      ],
    });
    expect(codesAt(issues)).toEqual([
      'nodes[1].children[0].rule.kind unknown_rule_kind',
      'nodes[2].color unknown_field',
      'nodes[0].max max_not_sum',
      'nodes[1].children[0].id duplicate_id',
      'nodes[1].children[1].rule.tiers tiers_out_of_order',
      'nodes[2].max too_many_decimals',
      'classes[2].below bands_overlap',
      'classes[1].below bands_gap',
      'counts.areas count_mismatch',
      'counts.criteria count_mismatch',
    ]);
    const sum = issues.find((i) => i.code === 'max_not_sum')!;
    expect(sum.message).toBe('"1": điểm tối đa 3 khác tổng điểm các tiêu chí con 2');
    expect(sum.messageEn).toBe('"1": max 3 differs from the sum of its children 2');
    expect(issues.find((i) => i.code === 'count_mismatch')?.message).toBe(
      'Khai báo 2 lĩnh vực nhưng cây tiêu chí có 3',
    );
  });

  it('finds levels above the max, tier points that decrease, and bound kinds that do not match the direction', () => {
    const issues = issuesOf({
      schemaVersion: 1,
      id: 'x',
      title: 'X',
      nodes: [
        {
          id: 'a',
          title: 'A',
          max: 1,
          rule: { kind: 'levels', levels: { 'đúng hạn': 1.5, 'trễ hạn': 0.5 } },
        },
        {
          id: 'b',
          title: 'B',
          max: 2,
          rule: {
            kind: 'tiers',
            tiers: [
              { min: 70, points: 2 },
              { above: 90, points: 1 },
            ],
          },
        },
        {
          id: 'c',
          title: 'C',
          max: 2,
          rule: { kind: 'tiers', direction: 'lower-is-better', tiers: [{ min: 1, points: 2 }] },
        },
        { id: 'd', title: 'D', max: 2, rule: { kind: 'survey', scale: [5, 1] } },
        { id: 'e', title: 'E', max: 1, rule: { kind: 'proportional', whenEmpty: 2 } },
        { id: 'f', title: 'F', max: 1, rule: { kind: 'allOf', conditions: ['Quý I', 'Quý I'] } },
        { id: 'g', title: 'G', max: 1, children: [leaf('g.1', 1)], rule: { kind: 'binary' } },
      ],
    });
    expect(codesAt(issues)).toEqual([
      'nodes[0].rule.levels.đúng hạn level_above_max',
      'nodes[1].rule.tiers tier_points_decrease',
      'nodes[2].rule.tiers[0] tier_bound',
      'nodes[3].rule.scale invalid_scale',
      'nodes[4].rule.whenEmpty points_above_max',
      'nodes[5].rule.conditions[1] duplicate_condition',
      'nodes[6] node_shape',
    ]);
  });

  it('finds bands that leave a gap', () => {
    const issues = issuesOf({
      schemaVersion: 1,
      id: 'x',
      title: 'X',
      classesByUnitType: {
        district: [
          { name: 'Tốt', min: 80, below: 95 },
          { name: 'Khá', min: 60, below: 75 },
        ],
      },
      nodes: [leaf('a', 1)],
    });
    expect(codesAt(issues)).toEqual([
      'classesByUnitType.district[1].below bands_gap',
      'classesByUnitType.district[0].below bands_gap',
    ]);
  });

  it('reports missing fields and wrong types in Vietnamese', () => {
    const issues = issuesOf({ schemaVersion: 2, title: 5, nodes: [] });
    expect(codesAt(issues)).toEqual([
      'schemaVersion invalid_value',
      'id invalid_type',
      'title invalid_type',
      'nodes invalid_value',
    ]);
    expect(issues[1]?.message).toMatch(/^Thiếu trường bắt buộc/);
    expect(loadCriteriaSet(null).ok).toBe(false);
    const cyclic: Record<string, unknown> = { schemaVersion: 1, id: 'c', title: 'C' };
    cyclic['nodes'] = [cyclic];
    expect(loadCriteriaSet(cyclic).ok).toBe(false);
    expect(loadCriteriaSet('bộ tiêu chí').ok).toBe(false);
  });

  it('reads NFD text the same as NFC (titles, level names)', () => {
    const nfd = JSON.parse(JSON.stringify(caMauLikeJson).normalize('NFD')) as unknown;
    const a = loadCriteriaSet(nfd);
    expect(a.ok).toBe(true);
    if (a.ok) expect(a.value).toEqual(caMauLike());
  });

  it('round-trips through criteriaSetToJSON', () => {
    const set = caMauLike();
    const json = criteriaSetToJSON(set);
    expect('leafIds' in json).toBe(false);
    expect(json).toEqual(caMauLikeJson);
    const again = loadCriteriaSet(JSON.parse(JSON.stringify(json)));
    expect(again.ok && again.value).toEqual(set);
  });

  it('keeps bands as written (ascending works too) and takes a structured source', () => {
    const r = loadCriteriaSet({
      schemaVersion: 1,
      id: 'asc',
      title: 'Tăng dần',
      source: {
        title: 'Bảng 2',
        number: '2948/QĐ-BNV',
        url: 'https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610',
      },
      classes: [
        { name: 'C', min: 70 },
        { name: 'B', min: 80 },
        { name: 'A', min: 90 },
      ],
      nodes: [leaf('a', 100)],
    });
    expect(r.ok && r.value.classes?.map((b) => b.name)).toEqual(['C', 'B', 'A']);
    expect(
      loadCriteriaSet({
        schemaVersion: 1,
        id: 'x',
        title: 'X',
        source: { colour: 'đỏ' },
        nodes: [leaf('a', 1)],
      }).ok,
    ).toBe(false);
  });

  it('does not change its input', () => {
    const json = JSON.parse(JSON.stringify(caMauLikeJson)) as CriteriaSetJson;
    const before = JSON.stringify(json);
    loadCriteriaSet(json);
    expect(JSON.stringify(json)).toBe(before);
    expect(Object.isFrozen(json)).toBe(false);
  });
});

describe('criteriaJsonSchema', () => {
  it('is the committed schema/criteria.schema.json (UPDATE_SCHEMA=1 rewrites it)', () => {
    if (process.env['UPDATE_SCHEMA'] === '1') {
      writeFileSync('schema/criteria.schema.json', `${JSON.stringify(criteriaJsonSchema(), null, 2)}\n`);
    }
    const file = JSON.parse(readFileSync('schema/criteria.schema.json', 'utf8')) as unknown;
    expect(file).toEqual(JSON.parse(JSON.stringify(criteriaJsonSchema())));
  });

  it('accepts the sets loadCriteriaSet accepts and rejects unknown fields and rule kinds', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(criteriaJsonSchema() as object);
    expect(validate(JSON.parse(JSON.stringify(caMauLikeJson)))).toBe(true);
    expect(validate({ ...caMauLikeJson, colour: 'red' })).toBe(false);
    expect(
      validate({ ...caMauLikeJson, nodes: [{ id: 'a', title: 'A', max: 1, rule: { kind: 'thần kỳ' } }] }),
    ).toBe(false);
  });
});

describe("prototype keys in users' JSON", () => {
  it('reports a "__proto__" key as an unknown field instead of dropping it, and pollutes nothing', () => {
    const json: unknown = JSON.parse(
      '{"schemaVersion":1,"id":"x","title":"X","nodes":[{"id":"a","title":"A","max":1,"rule":{"kind":"binary"},"__proto__":{"max":5}}],"__proto__":{"polluted":true}}',
    );
    const r = loadCriteriaSet(json);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => formatPath(i.path))).toEqual(
      expect.arrayContaining(['__proto__', 'nodes[0].__proto__']),
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
