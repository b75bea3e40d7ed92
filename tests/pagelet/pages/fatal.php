<?php
echo "lost";
undefined_function_called();
