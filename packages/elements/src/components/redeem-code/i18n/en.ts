/**
 * @module
 * English strings of <gk-redeem-code> (the sections it shows), loaded lazily like the other languages.
 */
import { errors, redeem, roles, type InvitationStrings } from '../../invite-codes/i18n/strings.js';

const strings: Pick<InvitationStrings, 'errors' | 'redeem' | 'roles'> = { errors, redeem, roles };

export default strings;
