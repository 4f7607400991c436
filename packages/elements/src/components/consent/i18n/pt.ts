/**
 * @module
 * Portuguese copy of the consent card: `<gk-consent>` loads it lazily, and the server's
 * no-JavaScript consent page reads it through `@grantkit/elements/consent-strings`.
 */
import type { ConsentStrings } from './en.js';

const consent: ConsentStrings = {
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
  held: 'Já permitido:',
  added: 'Também pede:',
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
  expiredBack: (partner) => `Nada foi compartilhado. Volte para ${partner} para começar de novo.`,
  approved: 'Acesso aprovado.',
  denied: 'Solicitação negada.',
  notFoundTitle: 'Solicitação de acesso não encontrada',
  notFoundBody: 'O link pode estar incompleto. Abra novamente o link recebido ou peça um novo.',
  decidedTitle: 'Esta solicitação já foi respondida',
  decidedBody: 'Não há mais nada a fazer aqui. Você pode gerenciar o acesso nas permissões da instalação.',
  networkTitle: 'Sem conexão',
  serverTitle: 'Algo deu errado',
  noInstallationsTitle: 'Nenhuma instalação para compartilhar',
  noInstallationsBody: 'Você não é proprietário nem administrador de nenhuma instalação que possa ser compartilhada. Volte ao parceiro ou entre com outra conta.',
  allSharedTitle: (partner) => `${partner} já tem acesso a todas as suas instalações`,
  preselectedSharedTitle: (partner, installation) => `${partner} já tem acesso a ${installation}`,
  alreadySharedBody: 'Não há mais nada para compartilhar. Você pode gerenciar quem tem acesso nas permissões das suas instalações.',
  preselectedUnknownTitle: 'A instalação do link não é sua',
  preselectedUnknownBody: 'Ela não existe, ou você não é proprietário nem administrador. Escolha uma das suas abaixo ou volte ao parceiro.',
  backTo: (partner) => `Voltar para ${partner}`,
  searchLabel: 'Pesquisar suas instalações por nome ou endereço',
  search: 'Pesquisar',
  showMore: 'Mostrar mais',
  shown: (count) => (count === 1 ? '1 instalação exibida' : `${count} instalações exibidas`),
  noMatches: (query) => `Nenhuma instalação corresponde a “${query}”.`,
  cancelledRedirect: (partner) => `Voltando para ${partner}…`,
  cancelled: 'Pedido encerrado sem compartilhar.',
};

export default consent;
