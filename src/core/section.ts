/**
 * The element's sections (tabs): the contest itself, the question bank, practice and the
 * leaderboard. A type at the bottom layer because the public events name it (`ccq-section-change`)
 * and the sections controller routes between them.
 */
export type Section = 'contest' | 'bank' | 'practice' | 'leaderboard';
