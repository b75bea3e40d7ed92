<?php
// Front controller: /api/* is answered here, everything else falls through.
echo "[router saw ", $_SERVER['REQUEST_URI'], "]";
if (str_starts_with($_SERVER['REQUEST_URI'], '/api/')) {
    header("X-Router: yes");
    echo "api:", substr(explode("?", $_SERVER["REQUEST_URI"])[0], 5), " id=", $_GET["id"] ?? "-";
    return;
}
return false;
