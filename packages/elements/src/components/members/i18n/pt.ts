/**
 * @module
 * pt strings of <gk-members> (with the shared sections), loaded lazily.
 */
import common from '../../invite-codes/i18n/common/pt.js';
import type { InvitationStrings } from '../../invite-codes/i18n/strings.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'members'> = {
  ...common,
  members: {
    title: 'Utilizadores',
    intro: 'Encontre um utilizador e ajuste as suas funções, ou remova-o do grupo.',
    name: 'Nome',
    email: 'E-mail',
    roles: 'Funções',
    actions: 'Ações',
    edit: 'Alterar funções',
    editLabel: (name) => `Alterar as funções de ${name}`,
    editLegend: (name) => `Funções de ${name}`,
    save: 'Guardar',
    saving: 'A guardar…',
    cancel: 'Cancelar',
    remove: 'Remover',
    removeLabel: (name) => `Remover ${name}`,
    confirmRemove: (name) => `Remover ${name} do grupo? O acesso termina de imediato.`,
    removed: (name) => `${name} foi removido do grupo.`,
    saved: (name) => `Funções de ${name} guardadas.`,
    empty: 'Este grupo não tem membros.',
    missingGroup: 'Nenhum grupo indicado (atributo group-id).',
    loading: 'A carregar…',
  },
};

export default strings;
