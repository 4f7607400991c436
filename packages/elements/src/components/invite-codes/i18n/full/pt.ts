/**
 * @module
 * The whole pt catalogue of the invitation elements (tests and tooling).
 */
import type { InvitationStrings } from '../strings.js';
import common from '../common/pt.js';
import invite from '../pt.js';
import list from '../../list-i18n/i18n/pt.js';
import members from '../../../members/i18n/pt.js';
import redeem from '../../../redeem-code/i18n/pt.js';

const full: InvitationStrings = { ...common, redeem: redeem.redeem, invite: invite.invite, list: list.list, members: members.members };

export default full;
