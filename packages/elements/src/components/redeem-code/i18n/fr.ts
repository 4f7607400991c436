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
    hint: (example) => `Les codes d’invitation doivent avoir le format suivant : ${example}`,
    label: 'Code d’invitation',
    required: 'Champ obligatoire, veuillez le compléter.',
    format: (example) => `Ceci ne correspond pas au format ${example} (lettres a–f et chiffres).`,
    incomplete: 'Le code est incomplet.',
    looksRight: 'Le format est correct.',
    submit: 'Utiliser',
    submitting: 'Vérification…',
    joined: (group) => `Vous avez rejoint ${group}.`,
    rolesLine: (roles) => `Vos rôles : ${roles}`,
    adminNote: 'Vous pouvez désormais inviter et gérer d’autres utilisateurs de ce groupe.',
    another: 'Utiliser un autre code',
    pasted: 'Le code a été extrait du texte collé.',
  },
};

export default strings;
