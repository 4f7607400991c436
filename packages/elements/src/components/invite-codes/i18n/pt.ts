/**
 * @module
 * pt strings of <gk-invite-codes> (with the shared sections), loaded lazily.
 */
import common from './common/pt.js';
import type { InvitationStrings } from './strings.js';
import { plural } from '../../../i18n/plural.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'invite'> = {
  ...common,
  invite: {
    createTitle: 'Criar códigos de convite',
    createIntro: 'Pode criar até dez códigos equivalentes de uma só vez. O destinatário tem de usar o código antes de expirar.',
    count: 'Número de códigos de convite',
    countError: 'Crie de 1 a 10 códigos de cada vez.',
    validity: 'Validade (1-90 dias)',
    validityError: 'Introduza um número inteiro de dias entre 1 e 90.',
    group: 'Selecionar um grupo',
    rolesTitle: 'Funções de utilizador por código de convite',
    rolesIntro: 'Atribua as funções que pretende dar aos seus utilizadores.',
    create: 'Criar códigos de convite',
    creating: 'A criar…',
    close: 'Fechar',
    createdTitle: 'Foram criados os seguintes códigos de convite.',
    createdNote: 'Estes códigos concedem direitos de acesso. Para evitar abusos, transmita cada código de forma segura: só pessoas autorizadas o devem ver e usar.',
    createdOnce: 'Só utilizadores com sessão iniciada podem usar um código de convite, e apenas uma vez.',
    validUntil: (date) => `Válido até: ${date}`,
    createdAnnouncement: (n) => plural('pt', n, { one: '# código de convite criado.', other: '# códigos de convite criados.' }),
    noGroups: 'Não administra nenhum grupo, por isso não pode convidar ninguém.',
    loading: 'A carregar…',
  },

};

export default strings;
