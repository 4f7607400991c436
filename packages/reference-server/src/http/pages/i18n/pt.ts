/**
 * @module http/pages/i18n/pt
 * Portuguese.
 */
import type { PageMessages } from './en.js';

const pt: PageMessages = {
  lang: 'pt',
  productName: 'grantkit',
  login: {
    title: 'Entrar',
    heading: (platform) => `Entrar em ${platform}`,
    requestIntro: (requester) => `${requester} está a pedir acesso a uma das suas instalações. Entre para analisar o pedido.`,
    email: 'E-mail',
    password: 'Palavra-passe',
    submit: 'Entrar',
    invalidCredentials: 'O e-mail ou a palavra-passe não estão corretos.',
    rateLimited: (seconds) => `Demasiadas tentativas. Tente novamente dentro de ${seconds} segundos.`,
    missingFields: 'Introduza o seu e-mail e a sua palavra-passe.',
  },
  consent: {
    title: 'Pedido de acesso',
    expiresAt: (time) => `Este pedido expira às ${time}.`,
    loggedInAs: (name) => `Sessão iniciada como ${name}`,
    logout: 'Terminar sessão',
  },
  receipt: {
    title: 'Concluído',
    approved: (group, installation) => `Acesso aprovado: ${group} pode agora gerir ${installation}.`,
    denied: (group) => `Recusou o pedido de ${group}.`,
    alreadyShared: (group) => `Voltou para ${group} sem compartilhar: já tem acesso.`,
    cancelled: (group) => `Voltou para ${group} sem compartilhar nada.`,
    close: 'Pode fechar esta página.',
    answeredTitle: 'Já respondeu a este pedido',
    alreadyApproved: (group, installation) => `Já compartilhou ${installation} com ${group}.`,
    alreadyDenied: (group) => `Recusou o pedido de ${group}. Nada foi compartilhado.`,
    expired: (group) => `O pedido de ${group} expirou antes de ser respondido. Nada foi compartilhado.`,
    startAgain: (group) => `Volte para ${group} para começar de novo.`,
  },
  embedded: {
    returning: (group) => `A voltar para ${group}…`,
    waiting: 'Aprovar fica disponível depois de este pedido estar totalmente visível por um momento.',
    covered: 'Aprovar está em pausa: algo na página à volta deste pedido cobre-o, esconde-o ou altera-o. Garanta que está totalmente visível.',
    tooSmall: 'Este espaço é pequeno demais para mostrar o pedido com segurança. Abra-o numa janela própria.',
  },
  errors: {
    title: 'Esta ligação não pode ser usada',
    unknownLookupKey: (key) => `Nenhum parceiro tem a chave de pesquisa “${key}”. Verifique a ligação ou peça uma nova ao parceiro.`,
    badRequestIntro: 'A ligação que o trouxe aqui não é válida:',
    fields: {
      installation_id: 'A instalação indicada na ligação não é um identificador válido.',
      locale: 'O idioma indicado na ligação não é suportado (en, fr, de, pt ou nb).',
      return_url: 'O endereço de retorno da ligação não está registado por este parceiro.',
      partner_name: 'O nome do parceiro na ligação é demasiado longo.',
      show_existing: 'O valor show_existing da ligação deve ser true ou false.',
      state: 'O valor state da ligação é demasiado longo.',
      code_challenge: 'O desafio de segurança (code_challenge) da ligação não é válido.',
      code_challenge_method: 'O método do desafio de segurança não é suportado (apenas S256).',
      display: 'O valor display do link não é suportado (use page, popup ou embedded).',
      'display.not_embeddable': 'Este parceiro não registou o seu site para mostrar este pedido na sua própria página. Abra o link numa janela própria.',
    },
    expired: 'Este pedido de acesso expirou.',
    decided: 'Este pedido de acesso já foi respondido.',
    notFound: 'Este pedido de acesso não existe.',
    generic: 'Algo correu mal. Tente novamente.',
    askPartner: 'Peça ao parceiro que lhe envie uma nova ligação.',
    pageNotFoundTitle: 'Página não encontrada',
    pageNotFound: 'Não existe nenhuma página neste endereço. Verifique a ligação que seguiu.',
    methodNotAllowedTitle: 'Esta página não pode ser usada desta forma',
    methodNotAllowed: 'Este endereço não aceita este tipo de pedido. Volte atrás e tente novamente.',
    home: 'Ir para a página inicial',
  },
};

export default pt;
