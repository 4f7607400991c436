/**
 * @module
 * de strings of <gk-members> (with the shared sections), loaded lazily.
 */
import common from '../../invite-codes/i18n/common/de.js';
import type { InvitationStrings } from '../../invite-codes/i18n/strings.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'members'> = {
  ...common,
  members: {
    title: 'Benutzer',
    intro: 'Suchen Sie einen Benutzer und passen Sie seine Rollen an, oder entfernen Sie ihn aus der Gruppe.',
    name: 'Name',
    email: 'E-Mail',
    roles: 'Rollen',
    actions: 'Aktionen',
    edit: 'Rollen ändern',
    editLabel: (name) => `Rollen von ${name} ändern`,
    editLegend: (name) => `Rollen von ${name}`,
    save: 'Speichern',
    saving: 'Wird gespeichert…',
    cancel: 'Abbrechen',
    remove: 'Entfernen',
    removeLabel: (name) => `${name} entfernen`,
    confirmRemove: (name) => `${name} aus der Gruppe entfernen? Der Zugriff endet sofort.`,
    removed: (name) => `${name} wurde aus der Gruppe entfernt.`,
    saved: (name) => `Rollen von ${name} gespeichert.`,
    empty: 'Diese Gruppe hat keine Mitglieder.',
    missingGroup: 'Keine Gruppe angegeben (Attribut group-id).',
    loading: 'Wird geladen…',
  },
};

export default strings;
