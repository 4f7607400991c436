/**
 * A page that imports only the button: the tag and its event are typed from that one entry,
 * and no other element's tag is declared.
 */
import '@grantkit/elements/access-button';

const button = document.querySelector('gk-access-button');
if (button) {
  const lookupKey: string = button.lookupKey;
  button.mode = 'popup';
  // @ts-expect-error mode is 'redirect' | 'popup'
  button.mode = 'window';
  void lookupKey;
}

document.createElement('gk-access-button').returnUrl = 'https://partner.example/return';

document.addEventListener('gk-access-result', (event) => {
  const status: 'approved' | 'denied' | 'already_shared' | 'cancelled' | 'expired' | 'redirected' = event.detail.status;
  if (event.detail.status === 'approved') {
    const grant: string = event.detail.grant_id;
    void grant;
  }
  // @ts-expect-error no such detail member
  void event.detail.token;
  void status;
});

// @ts-expect-error only the button's entry is imported: <gk-consent> is not declared here.
void document.querySelector('gk-consent')?.requestId;
