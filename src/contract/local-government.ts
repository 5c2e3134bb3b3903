/**
 * The rules of `registration.localGovernment` and `registration.identityDocument` (docs/contract.md,
 * "Local government and identity documents"), in one place for every backend that enforces them:
 * the reference backend (demo/mocks/backend.ts), the contest server (server/src/attempts.ts,
 * server/src/definition.ts) and the conformance checker (scripts/check-endpoint.ts). Pure; the
 * element does not import it (its form follows the same document through src/core/validate.ts).
 *
 * - 'commune' (from 1 July 2025, Luật Tổ chức chính quyền địa phương số 72/2025/QH15): no districts,
 *   no 'district' field, the 'commune' field chooses from `registration.communes`.
 * - 'can-cuoc' (Luật Căn cước số 26/2023/QH15, in force 1 July 2024): the citizenId is the 12-digit
 *   personal identification number; a 9-digit CMND is refused.
 */
import type { ContestDocument } from './contest.ts';
import type { Participant } from './requests.ts';

type Registration = ContestDocument['registration'];

/** What a 9-digit number is told when the contest asks for the thẻ căn cước (a field error's message). */
export const CAN_CUOC_12_DIGITS = 'Cuộc thi yêu cầu số định danh cá nhân 12 chữ số trên thẻ căn cước; không dùng số CMND 9 chữ số.';

/**
 * A registration's local-government settings that contradict each other, each as `path: what`
 * (paths from `at`, e.g. `contest.registration`). Empty when consistent.
 */
export function registrationProblems(reg: Registration, at = 'registration'): string[] {
  const problems: string[] = [];
  const fieldIndex = (name: string) => reg.fields.findIndex((f) => f.name === name);
  if (reg.localGovernment === 'commune') {
    const why = 'localGovernment is "commune" (two levels, no districts since 1 July 2025)';
    if (reg.districts.length) problems.push(`${at}.districts: must be empty ([]) when ${why}; it lists ${reg.districts.length}`);
    const d = fieldIndex('district');
    if (d >= 0) problems.push(`${at}.fields[${d}]: no "district" field when ${why}`);
    const c = fieldIndex('commune');
    if (c >= 0 && !reg.communes?.length) {
      problems.push(`${at}.communes: fields[${c}] asks for the commune, but there are no communes to choose from (give the province's xã, phường, đặc khu)`);
    }
    const seen = new Set<string>();
    reg.communes?.forEach((x, i) => {
      if (seen.has(x.id)) problems.push(`${at}.communes[${i}].id: "${x.id}" is used by another commune`);
      seen.add(x.id);
    });
  } else if (reg.communes?.length) {
    problems.push(
      `${at}.communes: only read when localGovernment is "commune"; this registration nests its communes in districts (localGovernment "${reg.localGovernment ?? 'district-commune'}")`,
    );
  }
  return problems;
}

/**
 * A participant's citizen id, district and commune checked against the registration: field →
 * message, in the form of `error.fields` (what the schema and the other field checks leave).
 */
export function placeAndIdentityErrors(reg: Registration, p: Pick<Participant, 'citizenId' | 'districtId' | 'communeId'>): Record<string, string> {
  const fields: Record<string, string> = {};
  if (reg.identityDocument === 'can-cuoc' && p.citizenId && !/^\d{12}$/.test(p.citizenId)) fields.citizenId = CAN_CUOC_12_DIGITS;
  if (reg.localGovernment === 'commune') {
    if (p.districtId) fields.districtId = 'no districts in this contest (localGovernment "commune")';
    if (p.communeId && !reg.communes?.some((c) => c.id === p.communeId)) fields.communeId = 'unknown commune';
  } else {
    const district = reg.districts.find((d) => d.id === p.districtId);
    if (p.districtId && !district) fields.districtId = 'unknown district';
    if (p.communeId && !district?.communes.some((c) => c.id === p.communeId)) fields.communeId = 'unknown commune';
  }
  return fields;
}
