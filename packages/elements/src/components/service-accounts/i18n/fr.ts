/**
 * @module
 * French strings of `<gk-service-accounts>` (vocabulary of the TraceParts guide, seed 004).
 */
import { formatDate } from '../../../i18n/format.js';
import type { ServiceAccountStrings } from './en.js';
import { plural } from '../../../i18n/plural.js';

const fr: ServiceAccountStrings = {
  title: 'Comptes de service',
  intro: 'Les comptes de service permettent à vos systèmes d’appeler l’API sans compte utilisateur classique (OAuth client credentials).',
  loading: 'Chargement…',
  empty: 'Aucun compte de service pour l’instant.',
  missingGroup: 'Aucun groupe n’est sélectionné.',
  create: 'Créer un compte de service',
  col: { name: 'Nom', clientId: 'Identifiant client', dataSet: 'Jeu de données', created: 'Créé le', lastUsed: 'Dernière utilisation', actions: 'Actions' },
  allInstallations: 'Toutes les installations partagées',
  never: 'Jamais',
  date: (iso) => formatDate('fr', iso),
  form: {
    heading: 'Nouveau compte de service',
    name: 'Nom',
    dataSet: 'Jeu de données',
    dataSetHint: 'Facultatif : limitez le compte à une installation partagée avec votre groupe.',
    secretLegend: 'Secret',
    generated: 'Générer un secret (recommandé)',
    chosen: 'Choisir un mot de passe',
    password: 'Mot de passe',
    passwordHint: 'Au moins 12 caractères, dont trois types parmi : minuscules, majuscules, chiffres, symboles.',
    submit: 'Créer',
    creating: 'Création…',
    cancel: 'Annuler',
    nameRequired: 'Donnez un nom au compte de service.',
  },
  secret: {
    heading: (name) => `Identifiants de ${name}`,
    warning: 'Copiez le secret maintenant et conservez-le en lieu sûr. Il n’est affiché qu’une seule fois ; si vous le perdez, générez-en un nouveau.',
    passwordNote: 'Utilisez le mot de passe choisi comme secret client. Il ne sera plus affiché.',
    clientId: 'Identifiant client',
    clientSecret: 'Secret client',
    tokenEndpoint: 'Point de terminaison des jetons',
    copy: 'Copier',
    copyLabel: (what) => `Copier : ${what}`,
    copied: 'Copié dans le presse-papiers.',
    copyFailed: 'Copie impossible ; sélectionnez le texte et copiez-le vous-même.',
    done: 'Je l’ai conservé',
  },
  actions: {
    regenerate: 'Régénérer',
    regenerateLabel: (name) => `Régénérer le secret de ${name}`,
    regenerateConfirm: (name) => `Générer un nouveau secret pour ${name} ?`,
    grace: 'Garder l’ancien secret valide pendant',
    graceNone: 'Aucune durée (il cesse de fonctionner maintenant)',
    graceHours: (hours) =>
      hours % 24 === 0 ? plural('fr', hours / 24, { one: '# jour', other: '# jours' }) : plural('fr', hours, { one: '# heure', other: '# heures' }),
    password: 'Modifier le mot de passe',
    passwordLabel: (name) => `Modifier le mot de passe de ${name}`,
    newPassword: 'Nouveau mot de passe',
    save: 'Enregistrer',
    delete: 'Supprimer',
    deleteLabel: (name) => `Supprimer ${name}`,
    deleteConfirm: (name) => `Supprimer ${name} ? Ses jetons cessent de fonctionner immédiatement.`,
    cancel: 'Annuler',
    working: 'En cours…',
  },
  status: {
    created: (name) => `${name} a été créé.`,
    regenerated: (name) => `Un nouveau secret a été généré pour ${name}.`,
    passwordChanged: (name) => `Le mot de passe de ${name} a été modifié.`,
    deleted: (name) => `${name} a été supprimé.`,
  },
  errors: {
    not_group_admin: 'Seul un administrateur de ce groupe peut gérer ses comptes de service.',
    not_found: 'Ce compte de service n’existe plus.',
    service_account_name_taken: 'Votre groupe a déjà un compte de service portant ce nom.',
    weak_password: 'Ce mot de passe est trop faible.',
    unauthenticated: 'Votre session a expiré. Reconnectez-vous.',
    validation: 'Vérifiez les champs signalés.',
    network: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
    server: 'Une erreur s’est produite. Réessayez plus tard.',
  },
};

export default fr;
