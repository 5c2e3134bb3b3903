/** `GET /contest` and `GET /bank`: built once from the definition; only `serverTime` changes per request. */
import type { BankQuestion, Topic } from '../../src/contract/schemas.ts';
import type { ContestDefinition } from './definition.ts';
import { vnIso } from './definition.ts';
import { ContractError, type CallResult } from './http-result.ts';

export class Documents {
  private readonly withAnswers: { topics: Topic[]; questions: BankQuestion[] };
  private readonly withoutAnswers: { topics: Topic[]; questions: BankQuestion[] };

  constructor(private readonly definition: ContestDefinition) {
    const topics = [...new Set(definition.bank.map((q) => q.topicId))].map((id) => definition.topics?.find((t) => t.id === id) ?? { id, name: id });
    this.withAnswers = {
      topics,
      questions: definition.bank.map(({ id, topicId, text, kind, options, correctOptionIds, explanation }) => ({
        id,
        topicId,
        text,
        kind,
        options,
        correctOptionIds,
        ...(explanation ? { explanation } : {}),
      })),
    };
    this.withoutAnswers = { topics, questions: definition.bank.map(({ id, topicId, text, kind, options }) => ({ id, topicId, text, kind, options })) };
  }

  contest(now = Date.now()): CallResult {
    // Cacheable for a short while; the element adds a cache's Age to serverTime.
    return { status: 200, body: { serverTime: vnIso(now), ...this.definition.contest }, headers: { 'Cache-Control': 'public, max-age=30' } };
  }

  /** Whether the bank's answers are public at `now` (definition.bankAnswers). */
  answersPublished(now = Date.now()): boolean {
    const when = this.definition.bankAnswers;
    return when === 'published' || (when === 'after-close' && now >= Date.parse(this.definition.contest.closesAt));
  }

  bank(now = Date.now()): CallResult {
    if (!this.definition.contest.features.bank) throw new ContractError(404, 'bad_request', 'This contest publishes no bank.');
    const published = this.answersPublished(now);
    return {
      status: 200,
      body: { serverTime: vnIso(now), answersPublished: published, ...(published ? this.withAnswers : this.withoutAnswers) },
      headers: { 'Cache-Control': 'public, max-age=60' },
    };
  }
}
