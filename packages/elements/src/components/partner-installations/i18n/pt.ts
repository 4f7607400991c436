/**
 * @module
 * Portuguese strings of `<gk-partner-installations>`; "vincular" as in the StackSpot guide
 * (seed 003): depois de cadastrar um parceiro, vincule o que ele terá acesso.
 */
import type { PartnerInstallationStrings } from './en.js';

const pt: PartnerInstallationStrings = {
  heading: 'Instalações vinculadas',
  title: (p) => `Instalações vinculadas a ${p}`,
  intro: (p) => `Os membros e contas de serviço de ${p} podem ver e gerenciar as instalações vinculadas aqui, até que você as desvincule.`,
  installation: 'Instalação',
  choose: 'Escolha uma instalação',
  link: 'Vincular instalação',
  linking: 'Vinculando…',
  allLinked: 'Todas as instalações que você possui ou administra já estão vinculadas.',
  noInstallations: 'Você não possui nem administra nenhuma instalação para vincular.',
  deactivated: (p) => `${p} está desativado: nenhuma instalação pode ser vinculada.`,
  linked: (i, p) => `${i} agora está vinculada a ${p}.`,
  listTitle: 'Instalações vinculadas',
  col: { installation: 'Instalação', since: 'Vinculada desde', by: 'Vinculada por', actions: 'Ações' },
  empty: (p) => `Nenhuma instalação vinculada a ${p} ainda.`,
  unknown: 'Desconhecido',
  unlink: 'Desvincular',
  unlinkLabel: (i) => `Desvincular ${i}`,
  confirm: (i, p) => `Desvincular ${i}? ${p} perde o acesso na hora, para todos os membros e tokens.`,
  unlinking: 'Desvinculando…',
  cancel: 'Cancelar',
  unlinked: (i) => `${i} não está mais vinculada.`,
  notManaged: 'Compartilhada pelo proprietário',
  loading: 'Carregando…',
  retry: 'Tentar novamente',
  missingPartner: 'Nenhum parceiro indicado (atributo partner-id).',
  errors: {
    required: 'Escolha uma instalação para vincular.',
    installation_gone: 'Essa instalação não existe mais ou você não a administra mais. A lista foi atualizada.',
    grant_gone: 'Essa instalação já tinha sido desvinculada. A lista foi atualizada.',
    partner_deactivated: 'Este parceiro foi desativado; nada pode ser alterado.',
    forbidden: 'Você não tem permissão para alterar as instalações deste parceiro.',
    not_found: 'Este parceiro não existe, ou você não é Account Holder da organização dele.',
    unauthenticated: 'A sua sessão terminou. Inicie sessão novamente para continuar.',
    network: 'Não foi possível contatar o servidor. Tente novamente.',
    server: 'Algo deu errado. Tente novamente.',
  },
};

export default pt;
