<?php
echo "before";
pagelet_server_flush();
echo "lost";
throw new RuntimeException("page failed");
