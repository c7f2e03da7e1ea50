#!/bin/sh
# Redémarrage progressif des instances de cette machine (lesinfos@<port>.service),
# une à la fois : chacune doit répondre 200 sur /sante avant que la suivante
# s'arrête. nginx envoie pendant ce temps les lecteurs aux autres instances :
# aucune page n'est refusée. Sur plusieurs machines, le lancer sur chacune à
# tour de rôle. En root :
#   sh deploy/redemarrer.sh              # toutes les instances en marche
#   sh deploy/redemarrer.sh 3000 3001    # celles-ci seulement
set -eu

ports=${*:-$(systemctl list-units --plain --no-legend --state=active 'lesinfos@*.service' | sed -n 's/^lesinfos@\([0-9]*\)\.service.*/\1/p')}
[ -n "$ports" ] || { echo "aucune instance lesinfos@<port> en marche" >&2; exit 1; }

for port in $ports; do
  echo "lesinfos@$port : redémarrage"
  systemctl restart "lesinfos@$port.service"
  # Lire 100 000 articles prend environ une minute ; au-delà de 5 minutes, on s'arrête là.
  waited=0
  until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/sante"; do
    waited=$((waited + 1))
    if [ "$waited" -ge 300 ]; then
      echo "lesinfos@$port : pas prêt après 300 s, redémarrage interrompu (journalctl -u lesinfos@$port)" >&2
      exit 1
    fi
    sleep 1
  done
  echo "lesinfos@$port : prêt en ${waited} s"
done
