/**
 * @module
 * Portuguese strings of `<gk-service-accounts>`.
 */
import { formatDate } from '../../../i18n/format.js';
import type { ServiceAccountStrings } from './en.js';
import { plural } from '../../../i18n/plural.js';

const pt: ServiceAccountStrings = {
  title: 'Contas de serviço',
  intro: 'As contas de serviço permitem que os seus sistemas chamem a API sem uma conta pessoal (OAuth client credentials).',
  loading: 'A carregar…',
  empty: 'Ainda não há contas de serviço.',
  missingGroup: 'Nenhum grupo selecionado.',
  create: 'Criar conta de serviço',
  col: { name: 'Nome', clientId: 'ID do cliente', dataSet: 'Conjunto de dados', created: 'Criada em', lastUsed: 'Última utilização', actions: 'Ações' },
  allInstallations: 'Todas as instalações partilhadas',
  never: 'Nunca',
  date: (iso) => formatDate('pt', iso),
  form: {
    heading: 'Nova conta de serviço',
    name: 'Nome',
    dataSet: 'Conjunto de dados',
    dataSetHint: 'Opcional: limite a conta a uma instalação partilhada com o seu grupo.',
    secretLegend: 'Segredo',
    generated: 'Gerar um segredo (recomendado)',
    chosen: 'Escolher uma palavra-passe',
    password: 'Palavra-passe',
    passwordHint: 'Pelo menos 12 caracteres, com três de: minúsculas, maiúsculas, algarismos, símbolos.',
    submit: 'Criar',
    creating: 'A criar…',
    cancel: 'Cancelar',
    nameRequired: 'Dê um nome à conta de serviço.',
  },
  secret: {
    heading: (name) => `Credenciais de ${name}`,
    warning: 'Copie o segredo agora e guarde-o em segurança. Só é mostrado desta vez; se o perder, gere um novo.',
    passwordNote: 'Use a palavra-passe que escolheu como segredo do cliente. Não volta a ser mostrada.',
    clientId: 'ID do cliente',
    clientSecret: 'Segredo do cliente',
    tokenEndpoint: 'Endpoint de tokens',
    copy: 'Copiar',
    copyLabel: (what) => `Copiar ${what.toLowerCase()}`,
    copied: 'Copiado para a área de transferência.',
    copyFailed: 'Não foi possível copiar; selecione o texto e copie-o manualmente.',
    done: 'Já guardei',
  },
  actions: {
    regenerate: 'Regenerar',
    regenerateLabel: (name) => `Regenerar o segredo de ${name}`,
    regenerateConfirm: (name) => `Gerar um novo segredo para ${name}?`,
    grace: 'Manter o segredo antigo válido durante',
    graceNone: 'Nenhum tempo (deixa de funcionar agora)',
    graceHours: (hours) =>
      hours % 24 === 0 ? plural('pt', hours / 24, { one: '# dia', other: '# dias' }) : plural('pt', hours, { one: '# hora', other: '# horas' }),
    password: 'Alterar palavra-passe',
    passwordLabel: (name) => `Alterar palavra-passe de ${name}`,
    newPassword: 'Nova palavra-passe',
    save: 'Guardar',
    delete: 'Eliminar',
    deleteLabel: (name) => `Eliminar ${name}`,
    deleteConfirm: (name) => `Eliminar ${name}? Os seus tokens deixam de funcionar de imediato.`,
    cancel: 'Cancelar',
    working: 'A processar…',
  },
  status: {
    created: (name) => `${name} foi criada.`,
    regenerated: (name) => `Foi gerado um novo segredo para ${name}.`,
    passwordChanged: (name) => `A palavra-passe de ${name} foi alterada.`,
    deleted: (name) => `${name} foi eliminada.`,
  },
  errors: {
    not_group_admin: 'Só um administrador deste grupo pode gerir as suas contas de serviço.',
    not_found: 'Esta conta de serviço já não existe.',
    service_account_name_taken: 'O seu grupo já tem uma conta de serviço com este nome.',
    weak_password: 'Esta palavra-passe é demasiado fraca.',
    unauthenticated: 'A sua sessão terminou. Inicie sessão novamente.',
    validation: 'Verifique os campos assinalados.',
    network: 'Não é possível contactar o servidor. Verifique a ligação e tente novamente.',
    server: 'Algo correu mal. Tente mais tarde.',
  },
};

export default pt;
