import { expect } from '@open-wc/testing';
import { emailDomain } from './email-domain.js';

describe('emailDomain (the form’s check before inviting)', () => {
  it('returns the domain as the server compares it', () => {
    expect(emailDomain('ada@solstice.example')).to.equal('solstice.example');
    expect(emailDomain('  Ada.Admin+x@Solstice.Example. ')).to.equal('solstice.example');
    // IDNA as Node's domainToASCII('blåbær.no') on the server.
    expect(emailDomain('ole@blåbær.no')).to.equal('xn--blbr-roah.no');
  });

  it('refuses what the server refuses as invalid_email', () => {
    for (const value of ['', 'ada', '@solstice.example', 'ada@', 'ada@solstice', 'a da@solstice.example', 'ada@@solstice.example', 'ada@*.solstice.example', 'ada@-x.example', 'ada@1.2.3.4', `${'a'.repeat(65)}@solstice.example`, 'ada@sol stice.example']) {
      expect(emailDomain(value), value).to.equal(null);
    }
  });
});
