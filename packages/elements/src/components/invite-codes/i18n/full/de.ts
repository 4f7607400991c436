/**
 * @module
 * The whole de catalogue of the invitation elements (tests and tooling).
 */
import type { InvitationStrings } from '../strings.js';
import common from '../common/de.js';
import invite from '../de.js';
import list from '../../list-i18n/i18n/de.js';
import members from '../../../members/i18n/de.js';
import redeem from '../../../redeem-code/i18n/de.js';

const full: InvitationStrings = { ...common, redeem: redeem.redeem, invite: invite.invite, list: list.list, members: members.members };

export default full;
