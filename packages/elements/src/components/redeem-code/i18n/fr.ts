/**
 * @module
 * fr strings of <gk-redeem-code> (with the shared sections), loaded lazily.
 */
import common from '../../invite-codes/i18n/common/fr.js';
import type { InvitationStrings } from '../../invite-codes/i18n/strings.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'redeem'> = {
  ...common,
  redeem: {
    title: 'Utiliser un code d’invitation',
    intro: 'Connectez-vous à un partenaire commercial ou activez d’autres services à l’aide d’un code d’invitation.',
    hint: 'Collez le code reçu dans votre invitation. Il compte 32 caractères (chiffres et lettres a–f) en cinq groupes séparés par des tirets.',
    label: 'Code d’invitation',
    required: 'Champ obligatoire, veuillez le compléter.',
    format: 'Ce n’est pas un code d’invitation : il ne contient que des chiffres, les lettres a–f et des tirets.',
    incomplete: 'Le code est incomplet.',
    looksRight: 'Le code est complet.',
    submit: 'Utiliser',
    submitting: 'Vérification…',
    joined: (group) => `Vous avez rejoint ${group}.`,
    rolesAdded: (group) => `Vous avez de nouveaux rôles dans ${group}.`,
    alreadyMember: (group) => `Vous êtes déjà membre de ${group}.`,
    notUsed: 'Ce code ne vous donne aucun rôle que vous n’ayez déjà : il n’a pas été utilisé et reste valable pour quelqu’un d’autre.',
    rolesLine: (roles) => `Vos rôles : ${roles}`,
    adminNote: 'Vous pouvez désormais inviter et gérer d’autres utilisateurs de ce groupe.',
    another: 'Utiliser un autre code',
    pasted: 'Le code a été extrait du texte collé.',
  },
};

export default strings;
