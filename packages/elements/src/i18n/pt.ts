/**
 * @module
 * Portuguese.
 */
import { formatDate } from './format.js';
import type { AccessButtonStrings, CommonStrings, ConsentStrings, InstallationAccessStrings, Translation } from './en.js';

export const common: CommonStrings = {
  loading: 'Carregando…',
  retry: 'Tentar novamente',
  cancel: 'Cancelar',
  group: 'Grupo',
  lookupKey: (key) => `Chave de pesquisa ${key}`,
  networkError: 'Não foi possível conectar ao servidor. Verifique sua conexão e tente novamente.',
  serverError: 'Algo deu errado do nosso lado. Tente novamente em instantes.',
  sessionExpired: 'Sua sessão terminou. Entre novamente para continuar.',
  date: (iso) => formatDate('pt', iso),
};

export const accessButton: AccessButtonStrings = {
  label: 'Conectar sua instalação',
  labelFor: (partner) => `Dar acesso a ${partner}`,
  opening: 'Abrindo…',
  waiting: 'Aguardando sua resposta na outra janela…',
  approved: 'Acesso aprovado.',
  denied: 'O acesso foi negado.',
  cancelled: 'A janela foi fechada antes de uma decisão.',
  invalid: (detail) => `Este botão não está configurado corretamente: ${detail}`,
  failed: 'Não foi possível iniciar a solicitação de acesso. Tente novamente.',
};

export const consent: ConsentStrings = {
  heading: (partner) => `${partner} solicita acesso`,
  intro: (partner) => `${partner} deseja gerenciar uma de suas instalações em seu nome.`,
  introducedAs: (name) => `Apresentado como “${name}”`,
  logoAlt: (partner) => `Logotipo de ${partner}`,
  permissionsHeading: (partner) => `Se você aprovar, todos os membros de ${partner} poderão:`,
  permissions: {
    'installation:read': 'Ver a instalação e seu histórico de carregamento',
    'installation:settings': 'Alterar as configurações da instalação',
    'chargers:control': 'Controlar e configurar todos os carregadores conectados ao local',
  },
  scopeNote:
    'O acesso vale para toda a instalação, não apenas para carregadores individuais. Você pode revogá-lo a qualquer momento.',
  pickerLegend: 'Instalação a compartilhar',
  alreadyShared: 'Já compartilhada',
  approve: 'Aprovar',
  deny: 'Negar',
  approvedRedirect: (partner) => `Acesso aprovado. Voltando para ${partner}…`,
  deniedRedirect: (partner) => `Solicitação negada. Voltando para ${partner}…`,
  chooseInstallation: 'Escolha uma instalação da qual você é proprietário ou administrador.',
  expiredTitle: 'Esta solicitação de acesso expirou',
  expiredBody: (partner) => `Peça ${partner ? `a ${partner}` : 'ao parceiro'} que envie um novo link.`,
  approved: 'Acesso aprovado.',
  denied: 'Solicitação negada.',
  notFoundTitle: 'Solicitação de acesso não encontrada',
  notFoundBody: 'O link pode estar incompleto. Abra novamente o link recebido ou peça um novo.',
  decidedTitle: 'Esta solicitação já foi respondida',
  decidedBody: 'Não há mais nada a fazer aqui. Você pode gerenciar o acesso nas permissões da instalação.',
  networkTitle: 'Sem conexão',
  serverTitle: 'Algo deu errado',
  noInstallationsTitle: 'Nenhuma instalação para compartilhar',
  noInstallationsBody: 'Nenhuma das suas instalações pode ser compartilhada com este parceiro, por isso não é possível aprovar. Negue o pedido ou entre com outra conta.',
};

export const installationAccess: InstallationAccessStrings = {
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

const pt: Translation = { locale: 'pt', common, accessButton, consent, installationAccess };

export default pt;
