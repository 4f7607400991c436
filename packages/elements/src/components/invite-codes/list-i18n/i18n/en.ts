/**
 * @module
 * English strings of <gk-invite-code-list> (the sections it shows), loaded lazily like the other languages.
 */
import { copy, date, errors, list, mode, status, type InvitationStrings } from '../../i18n/strings.js';

const strings: Pick<InvitationStrings, 'copy' | 'date' | 'errors' | 'list' | 'mode' | 'status'> = { copy, date, errors, list, mode, status };

export default strings;
