/**
 * @module
 * fr strings of <gk-members> (with the shared sections), loaded lazily.
 */
import common from '../../invite-codes/i18n/common/fr.js';
import type { InvitationStrings } from '../../invite-codes/i18n/strings.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'members'> = {
  ...common,
  members: {
    title: 'Utilisateurs',
    intro: 'Trouvez l’utilisateur souhaité et adaptez ses autorisations, ou supprimez-le du groupe.',
    name: 'Nom',
    email: 'E-mail',
    roles: 'Rôles',
    actions: 'Actions',
    edit: 'Modifier les rôles',
    editLabel: (name) => `Modifier les rôles de ${name}`,
    editLegend: (name) => `Rôles de ${name}`,
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    cancel: 'Annuler',
    remove: 'Supprimer',
    removeLabel: (name) => `Supprimer ${name}`,
    confirmRemove: (name) => `Supprimer ${name} du groupe ? Son accès prend fin immédiatement.`,
    removed: (name) => `${name} a été supprimé du groupe.`,
    saved: (name) => `Rôles de ${name} enregistrés.`,
    empty: 'Ce groupe n’a aucun membre.',
    missingGroup: 'Aucun groupe indiqué (attribut group-id).',
    loading: 'Chargement…',
  },
};

export default strings;
