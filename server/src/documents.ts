/** `GET /contest` and `GET /bank`: built once from the definition; only `serverTime` changes per request. */
import type { BankQuestion, Topic } from '../../src/contract/schemas.ts';
import type { ContestDefinition } from './definition.ts';
import { vnIso } from './definition.ts';
import { ContractError, type CallResult } from './http-result.ts';

export class Documents {
  private readonly withAnswers: { topics: Topic[]; questions: BankQuestion[] };
  private readonly withoutAnswers: { topics: Topic[]; questions: BankQuestion[] };
  private withAnswersJson?: string;
  private withoutAnswersJson?: string;

  constructor(private readonly definition: ContestDefinition) {
    this.contestTail = JSON.stringify(definition.contest).slice(1);
    const topics = [...new Set(definition.bank.map((q) => q.topicId))].map((id) => definition.topics?.find((t) => t.id === id) ?? { id, name: id });
    this.withAnswers = {
      topics,
      questions: definition.bank.map(({ id, topicId, text, kind, options, correctOptionIds, explanation, source }) => ({
        id,
        topicId,
        text,
        kind,
        options,
        correctOptionIds,
        ...(explanation ? { explanation } : {}),
        ...(source ? { source } : {}),
      })),
    };
    this.withoutAnswers = { topics, questions: definition.bank.map(({ id, topicId, text, kind, options }) => ({ id, topicId, text, kind, options })) };
  }

  /** The contest document as JSON without its first brace: serialised once, not on every request (it holds the rules and every unit). */
  private readonly contestTail: string;

  contest(now = Date.now()): CallResult {
    // Cacheable for a short while; the element adds a cache's Age to serverTime.
    return {
      status: 200,
      body: `{"serverTime":"${vnIso(now)}",${this.contestTail}`,
      headers: { 'Cache-Control': 'public, max-age=30', 'Content-Type': 'application/json; charset=utf-8' },
    };
  }

  /** Whether the bank's answers are public at `now` (definition.bankAnswers). */
  answersPublished(now = Date.now()): boolean {
    const when = this.definition.bankAnswers;
    return when === 'published' || (when === 'after-close' && now >= Date.parse(this.definition.contest.closesAt));
  }

  bank(now = Date.now()): CallResult {
    if (!this.definition.contest.features.bank) throw new ContractError(404, 'bad_request', 'This contest publishes no bank.');
    const published = this.answersPublished(now);
    const tail = published
      ? (this.withAnswersJson ??= JSON.stringify(this.withAnswers).slice(1))
      : (this.withoutAnswersJson ??= JSON.stringify(this.withoutAnswers).slice(1));
    return {
      status: 200,
      body: `{"serverTime":"${vnIso(now)}","answersPublished":${published},${tail}`,
      headers: { 'Cache-Control': 'public, max-age=60', 'Content-Type': 'application/json; charset=utf-8' },
    };
  }
}
