/**
 * @module
 * Portuguese strings of <gk-access-button>, loaded lazily (see ../../../i18n/catalogue.ts).
 */
import type { AccessButtonStrings } from './en.js';

const accessButton: AccessButtonStrings = {
  label: 'Conectar sua instalação',
  labelFor: (partner) => `Dar acesso a ${partner}`,
  opening: 'Abrindo…',
  waiting: 'Aguardando sua resposta na outra janela…',
  waitingHere: 'À espera da sua resposta…',
  fellBack: 'Este site não pode mostrar o pedido aqui, por isso abriu-se numa janela separada.',
  dialogTitle: 'Pedido de acesso',
  close: 'Fechar',
  approved: 'Acesso aprovado.',
  denied: 'O acesso foi negado.',
  cancelled: 'A janela foi fechada antes de uma decisão.',
  wentBack: 'Voltou sem decidir. Nada foi partilhado.',
  alreadyShared: 'Já partilhado: está ligado.',
  expired: 'A ligação expirou antes de uma decisão. Tente novamente.',
  invalid: (detail) => `Este botão não está configurado corretamente: ${detail}`,
  failed: 'Não foi possível iniciar a solicitação de acesso. Tente novamente.',
};

export default { accessButton };
