/**
 * @module
 * English strings of <gk-members> (the sections it shows), loaded lazily like the other languages.
 */
import { errors, members, roles, type InvitationStrings } from '../../invite-codes/i18n/strings.js';

const strings: Pick<InvitationStrings, 'errors' | 'members' | 'roles'> = { errors, members, roles };

export default strings;
