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
    hint: 'Cole o código do seu convite. Ele tem 32 caracteres (algarismos e as letras a–f) em cinco grupos separados por hífenes.',
    label: 'Código de convite',
    required: 'Campo obrigatório, preencha-o.',
    format: 'Isto não é um código de convite: ele tem apenas algarismos, as letras a–f e hífenes.',
    incomplete: 'O código está incompleto.',
    looksRight: 'O código está completo.',
    submit: 'Usar',
    submitting: 'A verificar…',
    joined: (group) => `Juntou-se a ${group}.`,
    rolesAdded: (group) => `Tem novas funções em ${group}.`,
    alreadyMember: (group) => `Já é membro de ${group}.`,
    notUsed: 'Este código não lhe dá nenhuma função que ainda não tenha: não foi utilizado e continua válido para outra pessoa.',
    rolesLine: (roles) => `As suas funções: ${roles}`,
    adminNote: 'Já pode convidar e gerir outros utilizadores deste grupo.',
    another: 'Usar outro código',
    pasted: 'O código foi retirado do texto colado.',
  },
};

export default strings;
