/**
 * Plurals and lists follow each language's rules (Intl), not English's `n === 1`.
 */
import { expect } from '@open-wc/testing';
import { list, plural } from './plural.js';
import { invitationCatalogues } from '../components/invite-codes/i18n/all.js';
import serviceAccountsFr from '../components/service-accounts/i18n/fr.js';
import serviceAccountsEn from '../components/service-accounts/i18n/en.js';

describe('plural and list', () => {
  it('picks the form by the language: French 0 is singular, English 0 plural', () => {
    const forms = { one: '# code', other: '# codes' };
    expect(plural('fr', 0, forms)).to.equal('0 code');
    expect(plural('en', 0, forms)).to.equal('0 codes');
    expect(plural('en', 1, forms)).to.equal('1 code');
    expect(plural('de', 1000, forms)).to.equal('1.000 codes');
  });

  it('the catalogues use it', () => {
    expect(invitationCatalogues.fr.invite.createdAnnouncement(0)).to.equal('0 code d’invitation créé.');
    expect(invitationCatalogues.en.invite.createdAnnouncement(0)).to.equal('0 invitation codes created.');
    expect(invitationCatalogues.de.invite.createdAnnouncement(3)).to.equal('3 Einladungscodes erstellt.');
    expect(invitationCatalogues.nb.copy.text('G', 'K', 'd', ['a'])).to.match(/^Invitasjonskode for G/);
    expect(invitationCatalogues.nb.copy.text('G', 'K', 'd', ['a', 'b'])).to.match(/^Invitasjonskoder for G/);
    expect(serviceAccountsEn.actions.graceHours(24)).to.equal('1 day');
    expect(serviceAccountsEn.actions.graceHours(168)).to.equal('7 days');
    expect(serviceAccountsFr.actions.graceHours(1)).to.equal('1 heure');
    expect(serviceAccountsFr.actions.graceHours(12)).to.equal('12 heures');
  });

  it('joins lists with the language’s conjunction', () => {
    expect(list('en', ['a', 'b', 'c'])).to.equal('a, b, and c');
    expect(list('de', ['a', 'b'])).to.equal('a und b');
    expect(list('fr', ['a'])).to.equal('a');
  });
});
