/**
 * @module
 * Portuguese strings of <gk-installation-access>, loaded lazily (see ../../../i18n/catalogue.ts).
 */
import type { InstallationAccessStrings } from './en.js';

const installationAccess: InstallationAccessStrings = {
  heading: 'Quem tem acesso',
  empty: 'Ninguém mais tem acesso a esta instalação.',
  since: (date) => `Desde ${date}`,
  grantedBy: (name) => `Concedido por ${name}`,
  roles: { owner: 'Proprietário', admin: 'Administrador', group: 'Grupo', member: 'Usuário' },
  revoke: 'Revogar',
  revokeLabel: (name) => `Revogar o acesso de ${name}`,
  confirmQuestion: (name) => `Revogar o acesso de ${name}?`,
  confirmGroupNote: 'Todos os membros e contas de serviço do grupo perdem o acesso imediatamente.',
  confirmRevoke: 'Revogar acesso',
  revoking: 'Revogando…',
  revoked: (name) => `O acesso de ${name} foi revogado.`,
  revokeFailed: (name) => `Não foi possível revogar o acesso de ${name}.`,
  notFound: 'Esta instalação não foi encontrada, ou você não pode ver quem tem acesso a ela.',
  missingId: 'Nenhuma instalação informada (atributo installation-id).',
  permissions: { 'installation:read': 'Ver', 'installation:settings': 'Alterar configurações', 'chargers:control': 'Controlar carregadores' },
  change: 'Alterar acesso',
  changeLabel: (name) => `Alterar o acesso de ${name}`,
  changeQuestion: (name) => `O que ${name} pode fazer?`,
  changeNote: 'O que você desmarcar deixa de valer imediatamente para todos os membros e contas de serviço do grupo. Para recuperá-lo, o parceiro precisa pedir novamente.',
  save: 'Salvar acesso',
  saving: 'Salvando…',
  changed: (name) => `O acesso de ${name} foi alterado.`,
  changeFailed: (name) => `Não foi possível alterar o acesso de ${name}.`,
  wideningRefused: (name) => `${name} já não tem todo esse acesso; só um novo pedido do parceiro pode devolvê-lo. A lista foi recarregada.`,
  grantGone: (name) => `${name} já não tem acesso (revogado em outro lugar). A lista foi recarregada.`,
};

export default { installationAccess };
