/**
 * @module
 * fr strings of <gk-invite-codes> (with the shared sections), loaded lazily.
 */
import common from './common/fr.js';
import type { InvitationStrings } from './strings.js';
import { plural } from '../../../i18n/plural.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'invite'> = {
  ...common,
  invite: {
    createTitle: 'Créer des codes d’invitation',
    createIntro: 'Vous pouvez créer jusqu’à dix codes d’invitation en une seule fois. Le destinataire doit utiliser le code pendant sa durée de validité.',
    count: 'Nombre de codes d’invitation',
    countError: 'Créez de 1 à 10 codes à la fois.',
    validity: 'Validité (1-90 jours)',
    validityError: 'Saisissez un nombre entier de jours entre 1 et 90.',
    group: 'Sélectionner un groupe',
    rolesTitle: 'Les rôles utilisateur par code d’invitation',
    rolesIntro: 'Attribuez aux codes d’invitation les rôles que vous souhaitez donner à vos utilisateurs.',
    create: 'Créer des codes d’invitation',
    creating: 'Création…',
    close: 'Fermer',
    createdTitle: 'Les codes d’invitation suivants ont été créés.',
    createdNote: 'Les droits d’accès sont attribués avec ces codes. Pour éviter tout abus, transmettez chaque code de manière sécurisée : seules les personnes autorisées doivent pouvoir le consulter et l’utiliser.',
    createdOnce: 'Seuls les utilisateurs connectés peuvent utiliser un code d’invitation, une seule fois.',
    validUntil: (date) => `Date de validité : ${date}`,
    createdAnnouncement: (n) => plural('fr', n, { one: '# code d’invitation créé.', other: '# codes d’invitation créés.' }),
    noGroups: 'Vous n’administrez aucun groupe : vous ne pouvez inviter personne.',
    loading: 'Chargement…',
  },

};

export default strings;
