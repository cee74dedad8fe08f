/** Topics: the document's list (ids and names, in display order) and each indicator's topic. */
import type { Lang, Topic } from '../types.js';
import type { Reader } from './reader.js';
import { LIMITS } from './limits.js';
import { ID, has, join, own, quote, type Json, type Obj } from './paths.js';
import { readLocalized } from './texts.js';

const TOPIC_KEYS = ['id', 'name'];

/** The document's list of topics, in display order. */
export function readTopicList(r: Reader, json: Json, path: string): Topic[] {
  const value = r.array(
    json,
    path,
    'topics',
    LIMITS.topics,
    'for example [{"id": "health", "name": "Health"}]',
  );
  const topics: Topic[] = [];
  if (!value) return topics;
  for (let i = 0; i < value.length; i++) {
    const p = join(path, i);
    const topic = r.softly(() => {
      const obj = r.object(value[i], p, 'a topic {"id": ..., "name": ...}');
      if (!obj) return undefined;
      r.unknownKeys(p, TOPIC_KEYS, r.keys(obj, p));
      const id = readTopicId(r, obj, p, topics);
      const name = readLocalized(r, own(obj, 'name'), join(p, 'name'), LIMITS.name, true);
      return id !== undefined && name ? { id, name } : undefined;
    });
    if (topic) topics.push(topic);
  }
  return topics;
}

export function readTopicId(
  r: Reader,
  obj: Obj,
  path: string,
  earlier: Topic[],
): string | undefined {
  if (!has(obj, 'id')) {
    r.problem(path, 'missing "id"', 'add "id", such as "health"', 'required');
    return undefined;
  }
  const idPath = join(path, 'id');
  const id = r.string(own(obj, 'id'), idPath, LIMITS.id, 'a topic id');
  const twice = earlier.some((topic) => topic.id === id);
  if (id === undefined || !ID.test(id) || twice) {
    if (id !== undefined) {
      r.problem(
        idPath,
        `the topic id ${quote(id)} ${twice ? 'is used twice' : 'has characters that are not allowed'}`,
        twice ? 'give each topic its own id' : 'use letters, digits, ".", "_", ":" and "-"',
        twice ? 'duplicate-id' : 'id',
      );
    }
    return undefined;
  }
  return id;
}

/**
 * An indicator's topic: an id of the document's list, or a text. With a list, a text must name
 * one of its topics; without one, equal texts make one topic.
 */
export function readTopic(r: Reader, value: Json, path: string): string | undefined {
  const listed = r.listedTopics;
  const written = typeof value === 'string' ? value.trim() : undefined;
  if (listed && written !== undefined) {
    const lower = written.toLowerCase();
    const match = listed.find(
      (topic) =>
        topic.id === written ||
        Object.values(topic.name).some((text) => text.toLowerCase() === lower),
    );
    if (match) return match.id;
  }
  const name = readLocalized(r, value, path, LIMITS.name, true);
  if (!name) return undefined;
  const langs = Object.keys(name) as Lang[];
  const sameName = (topic: Topic) =>
    langs.some((lang) => topic.name[lang]?.toLowerCase() === name[lang]!.toLowerCase());
  if (listed) {
    const match = written === undefined ? listed.find(sameName) : undefined;
    if (match) return match.id;
    const text = written ?? name.en ?? name.ru ?? name.kk!;
    r.warn(
      path,
      'unknown-topic',
      `unknown topic ${quote(text)}, left out; the document's topics are ${listed.map((t) => `"${t.id}"`).join(', ') || 'none'}`,
    );
    return undefined;
  }
  const id = name.en ?? name.ru ?? name.kk!;
  if (!r.inlineTopics.some((topic) => topic.id === id)) r.inlineTopics.push({ id, name });
  return id;
}
