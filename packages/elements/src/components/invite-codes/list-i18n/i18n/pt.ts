/**
 * @module
 * pt strings of <gk-invite-code-list> (with the shared sections), loaded lazily.
 */
import common from '../../i18n/common/pt.js';
import type { InvitationStrings } from '../../i18n/strings.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'list'> = {
  ...common,
  list: {
    tableTitle: 'Códigos de convite',
    tableIntro: 'Os códigos dos grupos e parceiros que administra, do mais recente para o mais antigo.',
    statusFilter: 'Estado',
    groupFilter: 'Parceiro comercial / serviço',
    all: 'Todos',
    columns: {
      creator: 'Criador',
      code: 'Código de convite',
      group: 'Parceiro comercial / serviço',
      mode: 'Modo',
      created: 'Data de criação',
      validUntil: 'Válido até',
      status: 'Estado',
      usedBy: 'Utilizado por',
      action: 'Ação',
    },
    usedOn: (name, date) => `${name}, ${date}`,
    empty: 'Nenhum código de convite corresponde.',
    deactivate: 'Desativar',
    deactivateLabel: (code) => `Desativar o código ${code}`,
    confirmDeactivate: (code) => `Desativar ${code}? Deixará de poder ser usado.`,
    confirm: 'Desativar',
    cancel: 'Cancelar',
    deactivated: (code) => `O código ${code} foi desativado.`,
    previous: 'Anterior',
    next: 'Seguinte',
    page: (page, pages, total) => `Página ${page} de ${pages} (${total} códigos)`,
  },
};

export default strings;
