// Stands in for network modules that a bundled library imports but Tovholder never uses (docs/installation.md:
// the app never goes on the network). nodemailer's MailComposer pulls in its URL fetcher and DNS/net helpers for
// attachments given as web addresses and for SMTP; Tovholder only composes .eml drafts from local files, so any use
// of these is a programming error and throws.
'use strict';
function refuse() {
  throw new Error('Tovholder går aldrig på netværket: dette modul er udeladt af den byggede app.');
}
module.exports = new Proxy(refuse, { get: (_t, key) => (key === '__esModule' ? false : key === 'default' ? module.exports : refuse) });
