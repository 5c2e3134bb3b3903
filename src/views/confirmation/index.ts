/**
 * Proof of participation (issue #14): the confirmation panel, the printable certificate with
 * its QR code, and "Tra cứu kết quả". A chunk of its own, loaded by the result view only when
 * the result carries a receipt, so neither the download before the first question nor the
 * late views grow with it.
 */
// The result's schema (with receipt.ts) is already loaded when this chunk is: importing it here
// keeps the two in one chunk, so the submission does not wait for a separate receipt chunk.
import '../../contract/result.ts';
import { define } from '../../define.ts';
import { CertificateView } from './certificate.ts';
import { ConfirmationView } from './confirmation.ts';
import { LookupView } from './lookup.ts';

export function defineConfirmation() {
  define([
    ['ccq-confirmation', ConfirmationView],
    ['ccq-lookup', LookupView],
    ['ccq-certificate', CertificateView],
  ]);
}
