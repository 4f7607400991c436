/**
 * @module
 * The table layout shared by the elements that list things (codes, members, service accounts,
 * partners, a partner's installations and invitations). The element's own width decides, not the
 * viewport's: an element in a narrow column of a wide page is as narrow as on a phone, so `:host`
 * is a size container and, below 600 px, each row becomes a stacked card whose cells carry their
 * column's name (`data-label`), as Stripe's dashboard tables do on a phone. Identifiers (`code`)
 * stay on one line in a table cell (truncated, the whole value in `title`) and wrap on their own
 * line in a card, inside their own border.
 */
import { css } from 'lit';

export default css`
  :host{display:block;container:gk-list / inline-size}
  td code,th code{display:inline-block;max-width:16ch;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;vertical-align:middle}
  td.actions .button,td .badge{white-space:nowrap}
  @container gk-list (max-width:37.5rem){
    .table-wrap{overflow:visible}
    table,tbody,tr,th,td{display:block}
    thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    tbody{display:grid;gap:0.75rem}
    tbody tr{display:grid;gap:0.5rem;padding:0.75rem;border:1px solid var(--_border);border-radius:var(--_radius-small)}
    tbody th,tbody td{padding:0;border:0;overflow-wrap:anywhere}
    td[data-label]::before{content:attr(data-label);display:block;font-size:var(--_text-small);font-weight:600;color:var(--_text-muted)}
    td code{display:block;max-width:100%;white-space:normal;overflow-wrap:anywhere}
    td.actions{display:flex;flex-wrap:wrap;gap:0.5rem;align-items:center;white-space:normal}
    td.actions::before{flex-basis:100%}
  }
`;
