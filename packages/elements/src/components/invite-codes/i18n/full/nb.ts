/**
 * @module
 * The whole nb catalogue of the invitation elements (tests and tooling).
 */
import type { InvitationStrings } from '../strings.js';
import common from '../common/nb.js';
import invite from '../nb.js';
import list from '../../list-i18n/i18n/nb.js';
import members from '../../../members/i18n/nb.js';
import redeem from '../../../redeem-code/i18n/nb.js';

const full: InvitationStrings = { ...common, redeem: redeem.redeem, invite: invite.invite, list: list.list, members: members.members };

export default full;
