/**
 * @module
 * Portuguese strings of `<gk-partner-invitations>`; roles as in the StackSpot guide (seed 003):
 * Admin convida outros membros e utiliza os produtos; Membro pode apenas utilizar os produtos.
 */
import type { PartnerInvitationStrings } from './en.js';

const pt: PartnerInvitationStrings = {
  heading: 'Convidar membros',
  title: (p) => `Convidar membros de ${p}`,
  intro: 'Convide pessoas por e-mail. Cada link de convite funciona uma vez.',
  domains: (d) => `Só é possível convidar endereços ${d}.`,
  email: 'E-mail',
  role: 'Permissão',
  admin: 'Admin',
  member: 'Membro',
  hint: { admin: 'convida outros membros e utiliza os produtos', member: 'pode apenas utilizar os produtos' },
  send: 'Enviar convite',
  sending: 'Enviando…',
  sent: (e, x) => `Convite enviado para ${e} — o link expira em ${x}.`,
  listTitle: 'Convites enviados',
  col: { email: 'E-mail', role: 'Permissão', status: 'Status', sent: 'Enviado em', expires: 'Expira em' },
  status: { pending: 'Pendente', used: 'Aceito', expired: 'Expirado', revoked: 'Revogado' },
  empty: 'Nenhum convite enviado ainda.',
  loading: 'Carregando…',
  retry: 'Tentar novamente',
  missingPartner: 'Nenhum parceiro indicado (atributo partner-id).',
  errors: {
    required: 'Digite um e-mail.',
    invalid_email: 'Digite um e-mail válido, como nome@parceiro.com.',
    domain: (d) => `Não é possível enviar convites para domínios que não estejam cadastrados: use ${d}.`,
    not_group_admin: 'Só os admins do parceiro podem convidar membros.',
    not_found: 'Este parceiro não existe, ou você não é um dos admins dele.',
    unauthenticated: 'A sua sessão terminou. Inicie sessão novamente para continuar.',
    network: 'Não foi possível contatar o servidor. Tente novamente.',
    server: 'Algo deu errado. Tente novamente.',
  },
};

export default pt;
