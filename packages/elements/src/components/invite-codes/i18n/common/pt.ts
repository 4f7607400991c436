/**
 * @module
 * Portuguese strings shared by the invitation elements.
 */
import { formatDate } from '../../../../i18n/format.js';
import type { InvitationStrings } from '../strings.js';
import { plural } from '../../../../i18n/plural.js';

/** The sections every invitation element reads. */
export type CommonStrings = Pick<InvitationStrings, 'date' | 'roles' | 'status' | 'mode' | 'errors' | 'copy'>;

const common: CommonStrings = {
  date: (iso) => formatDate('pt', iso),
  roles: {
    adminHeading: 'Função de administrador',
    userHeading: 'Funções de utilizador',
    adminHint: 'Uma função de administrador permite autorizar outros utilizadores.',
    userHint: 'Uma função de utilizador permite usar os serviços oferecidos.',
    exclusiveNote: '* Não pode ser combinada com outra função.',
    exclusiveBlocked: 'Indisponível: uma função exclusiva (*) não se combina.',
    required: 'Escolha pelo menos uma função.',
  },
  status: { valid: 'Válido', used: 'Utilizado', deactivated: 'Desativado', expired: 'Expirado' },
  mode: { group: 'Um serviço', partner: 'Parceiro comercial' },
  errors: {
    code_malformed: 'Isto não é um código de convite. Verifique se o copiou por inteiro.',
    code_unknown: 'Este código de convite não existe. Verifique se há erros de digitação.',
    code_already_used: 'Este código de convite já foi utilizado. Cada código só funciona uma vez; peça um novo.',
    code_deactivated: 'Este código de convite foi desativado por um administrador. Peça um novo.',
    code_expired: 'Este código de convite expirou. Peça um novo.',
    roles_conflict: 'As funções deste código não podem ser combinadas com as funções que já tem. Peça primeiro a um administrador que altere as suas funções.',
    last_admin: 'Um grupo precisa de pelo menos um administrador: dê primeiro uma função de administrador a outro membro.',
    not_group_admin: 'Apenas um administrador deste grupo pode fazer isto.',
    not_found: 'Não encontrado, ou não tem acesso.',
    unauthenticated: 'A sua sessão terminou. Inicie sessão novamente para continuar.',
    validation: 'Alguns valores não são válidos. Verifique o formulário.',
    rate_limited: (s) => (s ? `Demasiadas tentativas. Tente novamente dentro de ${s} segundos.` : 'Demasiadas tentativas. Tente mais tarde.'),
    network: 'Não foi possível contactar o servidor. Verifique a ligação e tente novamente.',
    server: 'Algo correu mal do nosso lado. Tente novamente dentro de momentos.',
  },
  copy: {
    code: 'Copiar código',
    codeLabel: (code) => `Copiar o código ${code}`,
    all: 'Copiar todos os códigos',
    copied: 'Copiado para a área de transferência.',
    allCopied: (n) => `${n} códigos copiados para a área de transferência.`,
    failed: 'Não foi possível copiar. Selecione o código e copie-o manualmente.',
    text: (group, key, date, codes) => [`${plural('pt', codes.length, { one: 'Código', other: 'Códigos' })} de convite para ${group} (${key})`, `Válido até: ${date}`, '', ...codes].join('\n'),
  },
};

export default common;
