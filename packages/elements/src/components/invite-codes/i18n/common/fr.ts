/**
 * @module
 * French strings shared by the invitation elements; wording from the ePortal guide (seed 002).
 */
import { formatDate } from '../../../../i18n/format.js';
import type { InvitationStrings } from '../strings.js';
import { plural } from '../../../../i18n/plural.js';

/** The sections every invitation element reads. */
export type CommonStrings = Pick<InvitationStrings, 'date' | 'roles' | 'status' | 'mode' | 'errors' | 'copy'>;

const common: CommonStrings = {
  date: (iso) => formatDate('fr', iso),
  roles: {
    adminHeading: 'Rôle d’administrateur',
    userHeading: 'Rôles d’utilisateurs',
    adminHint: 'Un rôle d’administrateur permet d’autoriser des utilisateurs additionnels.',
    userHint: 'Un rôle d’utilisateur permet d’utiliser les fonctions de service proposées.',
    exclusiveNote: '* Ne peut pas être combiné avec un autre rôle.',
    exclusiveBlocked: 'Indisponible : un rôle exclusif (*) ne se combine pas.',
    required: 'Sélectionnez au moins un rôle.',
  },
  status: { valid: 'Valable', used: 'Utilisé', deactivated: 'Désactivé', expired: 'Expiré' },
  mode: { group: 'Un service', partner: 'Partenaire commercial' },
  errors: {
    code_malformed: 'Ce n’est pas un code d’invitation. Vérifiez que vous l’avez copié en entier.',
    code_unknown: 'Ce code d’invitation n’existe pas. Vérifiez qu’il ne contient pas de faute de frappe.',
    code_already_used: 'Ce code d’invitation a déjà été utilisé. Chaque code ne sert qu’une fois ; demandez-en un nouveau.',
    code_deactivated: 'Ce code d’invitation a été désactivé par un administrateur. Demandez-en un nouveau.',
    code_expired: 'Ce code d’invitation a expiré. Demandez-en un nouveau.',
    roles_conflict: 'Les rôles de ce code ne peuvent pas être combinés avec vos rôles actuels. Demandez d’abord à un administrateur de modifier vos rôles.',
    last_admin: 'Un groupe doit garder au moins un administrateur : donnez d’abord un rôle d’administrateur à un autre membre.',
    not_group_admin: 'Seul un administrateur de ce groupe peut faire cela.',
    not_found: 'Introuvable, ou vous n’y avez pas accès.',
    unauthenticated: 'Votre session est terminée. Reconnectez-vous pour continuer.',
    validation: 'Certaines valeurs ne sont pas valables. Vérifiez le formulaire.',
    rate_limited: (s) => (s ? `Trop de tentatives. Réessayez dans ${s} secondes.` : 'Trop de tentatives. Réessayez plus tard.'),
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    server: 'Une erreur s’est produite de notre côté. Réessayez dans un instant.',
  },
  copy: {
    code: 'Copier le code',
    codeLabel: (code) => `Copier le code ${code}`,
    all: 'Copier tous les codes',
    copied: 'Copié dans le presse-papiers.',
    allCopied: (n) => `${n} codes copiés dans le presse-papiers.`,
    failed: 'Copie impossible. Sélectionnez le code et copiez-le vous-même.',
    text: (group, key, date, codes) => [`${plural('fr', codes.length, { one: 'Code', other: 'Codes' })} d’invitation pour ${group} (${key})`, `Date de validité : ${date}`, '', ...codes].join('\n'),
  },
};

export default common;
