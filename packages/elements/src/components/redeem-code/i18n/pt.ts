/**
 * @module
 * pt strings of <gk-redeem-code> (with the shared sections), loaded lazily.
 */
import common from '../../invite-codes/i18n/common/pt.js';
import type { InvitationStrings } from '../../invite-codes/i18n/strings.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'redeem'> = {
  ...common,
  redeem: {
    title: 'Usar um código de convite',
    intro: 'Junte-se a um parceiro comercial ou ative outros serviços com um código de convite.',
    hint: (example) => `Os códigos de convite têm este formato: ${example}`,
    label: 'Código de convite',
    required: 'Campo obrigatório, preencha-o.',
    format: (example) => `Isto não corresponde ao formato ${example} (letras a–f e algarismos).`,
    incomplete: 'O código está incompleto.',
    looksRight: 'O formato está correto.',
    submit: 'Usar',
    submitting: 'A verificar…',
    joined: (group) => `Juntou-se a ${group}.`,
    rolesLine: (roles) => `As suas funções: ${roles}`,
    adminNote: 'Já pode convidar e gerir outros utilizadores deste grupo.',
    another: 'Usar outro código',
    pasted: 'O código foi retirado do texto colado.',
  },
};

export default strings;
