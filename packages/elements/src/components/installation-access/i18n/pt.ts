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
};

export default { installationAccess };
