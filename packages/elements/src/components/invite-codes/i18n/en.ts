/**
 * @module
 * English strings of <gk-invite-codes> (the sections it shows), loaded lazily like the other languages.
 */
import { copy, date, errors, invite, roles, type InvitationStrings } from './strings.js';

const strings: Pick<InvitationStrings, 'copy' | 'date' | 'errors' | 'invite' | 'roles'> = { copy, date, errors, invite, roles };

export default strings;
