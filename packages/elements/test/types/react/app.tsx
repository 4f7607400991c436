/**
 * React 19 TSX with `@grantkit/elements/react` alone (no define entry): right usage compiles,
 * wrong usage is refused. TypeScript never reports an unknown JSX attribute whose name has a
 * hyphen (as for `data-*`), so a misspelt `ongk-…` or kebab attribute cannot be caught here.
 */
import type {} from '@grantkit/elements/react';

export function PartnerPage() {
  return (
    <main>
      <gk-access-button
        server="https://portal.example.com"
        lookup-key="TZBV"
        return-url="https://partner.example/grantkit/return"
        mode="popup"
        className="connect"
        ongk-access-result={(event) => {
          if (event.detail.status === 'approved') console.log(event.detail.grant_id);
        }}
      >
        Connect my charger
      </gk-access-button>
      <gk-access-button lookupKey="TZBV" navigate={(url) => console.log(url)} />
    </main>
  );
}

export function ConsentPage({ requestId }: { requestId: string }) {
  return (
    <gk-consent
      request-id={requestId}
      locale="fr"
      ongk-approved={(event) => console.log(event.detail.grantId)}
      ongk-denied={(event) => event.preventDefault()}
    />
  );
}

export function Management() {
  return (
    <>
      <gk-installation-access installation-id="ins_1" ongk-access-revoked={(event) => console.log(event.detail.lookupKey)} />
      <gk-invite-codes group-id="g1" no-list ongk-codes-created={(event) => console.log(event.detail)} />
      <gk-invite-code-list page-size={20} />
      <gk-members group-id="g1" />
      <gk-partners ongk-partner-registered={(event) => console.log(event.detail.partner)} />
      <gk-partner-invitations partner-id="p1" />
      <gk-partner-installations partner-id="p1" ongk-partner-installation-linked={(event) => console.log(event.detail.installation_name)} />
      <gk-redeem-code ongk-code-redeemed={(event) => console.log(event.detail)} />
      <gk-service-accounts group-id="g1" ongk-service-account-deleted={(event) => console.log(event.detail)} />
      <gk-webhooks group-id="g1" ongk-webhook-changed={(event) => console.log(event.detail.change)} />
    </>
  );
}

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error mode is 'redirect' | 'popup' */}
      <gk-access-button mode="window" />
      {/* @ts-expect-error the detail of gk-access-result has no grantId (it is grant_id) */}
      <gk-access-button ongk-access-result={(event) => event.detail.grantId} />
      {/* @ts-expect-error lookupKey is a string */}
      <gk-access-button lookupKey={42} />
      {/* @ts-expect-error an attribute is a string, number or boolean */}
      <gk-invite-code-list page-size={{ size: 20 }} />
      {/* @ts-expect-error client is an object with the API methods */}
      <gk-consent client="https://portal.example.com" />
      {/* @ts-expect-error an unknown camelCase prop (TypeScript never checks hyphenated JSX names it does not know) */}
      <gk-consent requestID="ar_1" />
      {/* @ts-expect-error a listener receives the event, not a string */}
      <gk-consent ongk-denied="alert(1)" />
    </>
  );
}
