/**
 * @module
 * French strings of <gk-access-button>, loaded lazily (see ../../../i18n/catalogue.ts).
 */
import type { AccessButtonStrings } from './en.js';

const accessButton: AccessButtonStrings = {
  label: 'Connecter votre installation',
  labelFor: (partner) => `Donner l’accès à ${partner}`,
  opening: 'Ouverture…',
  waiting: 'En attente de votre réponse dans l’autre fenêtre…',
  waitingHere: 'En attente de votre réponse…',
  fellBack: 'Ce site ne peut pas afficher la demande ici : elle s’est ouverte dans une fenêtre séparée.',
  dialogTitle: 'Demande d’accès',
  close: 'Fermer',
  approved: 'Accès approuvé.',
  denied: 'L’accès a été refusé.',
  cancelled: 'La fenêtre a été fermée avant une décision.',
  wentBack: "Vous êtes revenu sans décider. Rien n'a été partagé.",
  alreadyShared: 'Déjà partagé : vous êtes connecté.',
  expired: 'Le lien a expiré avant une décision. Veuillez réessayer.',
  invalid: (detail) => `Ce bouton n’est pas configuré correctement : ${detail}`,
  failed: 'Impossible de lancer la demande d’accès. Veuillez réessayer.',
};

export default { accessButton };
