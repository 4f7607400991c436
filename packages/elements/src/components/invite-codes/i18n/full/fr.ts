/**
 * @module
 * The whole fr catalogue of the invitation elements (tests and tooling).
 */
import type { InvitationStrings } from '../strings.js';
import common from '../common/fr.js';
import invite from '../fr.js';
import list from '../../list-i18n/i18n/fr.js';
import members from '../../../members/i18n/fr.js';
import redeem from '../../../redeem-code/i18n/fr.js';

const full: InvitationStrings = { ...common, redeem: redeem.redeem, invite: invite.invite, list: list.list, members: members.members };

export default full;
