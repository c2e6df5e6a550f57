# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

language-name = Português

## The drawing: markers, centre, legend

drawing-start = Início
drawing-end = Fim
drawing-centre = Satisfação do cliente
drawing-moment = Momento da verdade
drawing-satisfaction = Satisfação (1–5)
drawing-principles = Princípios
drawing-curve = Curva de satisfação

## Channels: names and explanations

channel-InPerson = Presencial
channel-InPerson-tip = Cara a cara, no próprio estabelecimento.
channel-Phone = Telefone
channel-Phone-tip = Uma ligação, do primeiro toque até a despedida.
channel-Web = Site
channel-Web-tip = As páginas da organização na internet.
channel-App = Aplicativo
channel-App-tip = O aplicativo de celular da organização.
channel-Email = E-mail
channel-Email-tip = Uma mensagem que o cliente envia ou recebe por e-mail.
channel-Chat = Chat
channel-Chat-tip = Uma conversa por escrito, em tempo real.
channel-SocialMedia = Redes sociais
channel-SocialMedia-tip = Publicações, comentários e mensagens nas redes sociais.
channel-Advertising = Publicidade
channel-Advertising-tip = Um anúncio que o cliente vê ou ouve.
channel-PointOfSale = Ponto de venda
channel-PointOfSale-tip = O balcão, a loja ou o quiosque onde o cliente compra.
channel-ProductUse = Uso do produto
channel-ProductUse-tip = O cliente usando o que comprou.
channel-WordOfMouth = Boca a boca
channel-WordOfMouth-tip = Alguém conta ao cliente sobre o serviço.
channel-Other = Outro
channel-Other-tip = Qualquer outro ponto de contato.

## Expectations: names and explanations

expectation-Warmth = Calor humano
expectation-Warmth-tip = Ser tratado com gentileza, como pessoa e não como número.
expectation-Speed = Rapidez e agilidade
expectation-Speed-tip = Ser atendido depressa, sem esperas desnecessárias.
expectation-Information = Informação correta e no momento certo
expectation-Information-tip = Receber informações exatas quando precisa delas.
expectation-Guarantees = Garantias e promessas cumpridas
expectation-Guarantees-tip = Que o prometido seja entregue, e que haja respaldo se algo falhar.
expectation-Advice = Orientação
expectation-Advice-tip = Ser orientado para a melhor escolha para si.

## Principles: names, badge letters and explanations

principle-Reliability = Confiabilidade
principle-Reliability-tip = Entregar exatamente o combinado, com profissionalismo e procedimentos claros.
principle-Reliability-badge = F
principle-Credibility = Credibilidade
principle-Credibility-tip = Cumprir os requisitos e comprovar isso com fatos.
principle-Credibility-badge = C
principle-Attractiveness = Atratividade
principle-Attractiveness-tip = Apresentação, embalagem e preço que atraem o cliente.
principle-Attractiveness-badge = A
principle-Agility = Agilidade
principle-Agility-tip = Respostas e informações rápidas e precisas.
principle-Agility-badge = G
principle-Interest = Interesse
principle-Interest-tip = Esclarecer as dúvidas e resolver os problemas do cliente.
principle-Interest-badge = I
principle-Teamwork = Trabalho em equipe com o cliente
principle-Teamwork-tip = Dar ao cliente as ferramentas e as novidades para que ele mesmo resolva seus problemas.
principle-Teamwork-badge = E

## Causes: names and explanations

cause-Apathy = Apatia
cause-Apathy-tip = Funcionários que não se importam se o cliente foi ajudado.
cause-BrushOff = Dispensa
cause-BrushOff-tip = Livrar-se do cliente em vez de ajudá-lo.
cause-Coldness = Frieza
cause-Coldness-tip = Um atendimento distante e pouco simpático.
cause-Superiority = Ar de superioridade
cause-Superiority-tip = Falar com o cliente de cima para baixo.
cause-Robotism = Atendimento robotizado
cause-Robotism-tip = O mesmo roteiro para todos, sem atenção à pessoa.
cause-Rulebook = Regulamento em primeiro lugar
cause-Rulebook-tip = Pôr as regras internas acima da necessidade do cliente.
cause-Evasion = Respostas evasivas
cause-Evasion-tip = Fugir de respostas claras ou empurrar o cliente para outro setor.
cause-BrokenPromise = Promessa não cumprida
cause-BrokenPromise-tip = Algo prometido que não foi entregue.
cause-Misinformation = Desinformação
cause-Misinformation-tip = Informação errada, incompleta ou contraditória.
cause-LongWait = Espera longa
cause-LongWait-tip = Esperar mais do que o cliente acha razoável.
cause-PoorCommunication = Falta de comunicação
cause-PoorCommunication-tip = O cliente não fica sabendo o que está acontecendo nem o que vem depois.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = “Avalie nosso atendimento”
evaluation-RateOurService-tip = Um convite rápido para o cliente dar uma nota ao serviço.
evaluation-SuggestionBox = Caixa de sugestões
evaluation-SuggestionBox-tip = Uma caixa ou formulário onde os clientes deixam ideias e observações.
evaluation-ServiceLine = Central de atendimento
evaluation-ServiceLine-tip = Uma linha telefônica dedicada a dúvidas e reclamações de clientes.
evaluation-Email = E-mail
evaluation-Email-tip = Um endereço para o qual os clientes escrevem à organização.
evaluation-ContactLink = Link de contato
evaluation-ContactLink-tip = Um formulário ou link de contato no site.
evaluation-Pqr = Pedidos, queixas e reclamações (PQR)
evaluation-Pqr-tip = Um canal formal para pedidos, queixas e reclamações.
evaluation-Survey = Pesquisa
evaluation-Survey-tip = Um questionário sobre a experiência do cliente.
evaluation-SocialMedia = Redes sociais
evaluation-SocialMedia-tip = Ouvir o que os clientes dizem nas redes sociais.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = este não é um arquivo de texto; um documento do Ciclo é texto UTF-8 no formato RON
problem-empty = o arquivo está vazio; crie um ciclo com `ciclo new -o ARQUIVO.ron`
problem-json = isto parece JSON; os documentos do Ciclo são RON e começam com `(` e `format: 1` (veja docs/FORMAT.md)
problem-unknown-field = campo desconhecido `{ $found }`{ $hint }; os campos válidos são { $valid }
problem-unknown-value = valor desconhecido `{ $found }`{ $hint }; os valores válidos são { $valid }
problem-did-you-mean = {" "}— você quis dizer `{ $name }`?
problem-missing-format = falta `format: 1` no início do documento
problem-missing-field = falta o campo obrigatório `{ $field }`
problem-duplicate-field = o campo `{ $field }` aparece duas vezes; mantenha só um
problem-wrong-type = esperava-se { $expected }, mas há { $found }
problem-expected = esperava-se { $expected }
problem-unexpected-end = o arquivo termina antes da hora; provavelmente falta um `)`, `]` ou `"` de fechamento
problem-trailing-text = há texto depois do `)` que fecha o documento; apague-o
problem-syntax = erro de sintaxe RON: { $detail }
problem-newer-format = este arquivo está no formato { $found }: foi criado por uma versão mais nova do Ciclo, e esta versão lê o formato { $known }. Atualize o Ciclo para abri-lo
problem-bad-format = `format: { $found }` não existe; use `format: { $known }`
problem-duplicate-id = o id { $id } já é usado por outro momento; dê a cada momento um id próprio (ou remova `id` para que um seja atribuído)
problem-satisfaction = a satisfação { $score } está fora da faixa; use um número inteiro de 1 a 5, ou remova o campo
problem-angle-range = o ângulo { $angle } não é válido; use graus de 0 até 360 (sem incluir 360), ou remova `angle` para distribuí-lo por igual
problem-angle-order = o ângulo { $angle } não é maior que o do momento posicionado anterior ({ $previous }); os ângulos devem crescer ao longo do ciclo, ou remova `angle`
problem-empty-name = o momento não tem um nome visível (está vazio ou só tem espaços e caracteres invisíveis); dê um nome a ele
where-moment = momento { $number }
where-moment-named = momento { $number } “{ $name }”
where-field = campo `{ $field }`
expected-Id = um número inteiro positivo (1, 2, 3…) que nenhum outro momento use; ou remova `id` e o Ciclo atribui um
expected-StringEnd = o `"` que fecha este texto; falta uma aspa
expected-String = um texto entre aspas duplas, como "Bem-vindo"
expected-Score = um número inteiro de 1 a 5 (ou remova o campo)
expected-Integer = um número inteiro dentro da faixa
expected-Float = um número
expected-Boolean = `true` ou `false`
expected-List = uma lista entre colchetes, como [A, B]
expected-ListEnd = uma vírgula ou o `]` que fecha a lista
expected-StructStart = um `(` de abertura
expected-StructEnd = uma vírgula ou um `)` de fechamento
expected-Colon = dois-pontos depois do nome do campo
expected-Identifier = um nome sem aspas, como `InPerson` ou `Reliability`

## Reading a file

load-cannot-read = { $path }: não foi possível ler: { $error }
load-not-a-file = { $path }: isto é { $what }, não um arquivo; informe o caminho de um ciclo .ron
load-too-large = { $path }: o arquivo tem { $size } MiB; o Ciclo abre documentos de até { $max } MiB. É o arquivo certo?
special-Directory = uma pasta
special-Pipe = um pipe nomeado
special-Device = um dispositivo
special-Socket = um socket
special-Other = algo que não é um arquivo comum

## Saving and exporting

save-missing-folder = { $path }: não foi possível salvar: a pasta { $folder } não existe. Crie-a antes ou escolha outra pasta.
save-not-a-folder = { $path }: não foi possível salvar: { $folder } é um arquivo, não uma pasta. Escolha outra pasta.
save-exists = { $path } já existe; escolha outro nome ou acrescente --force para substituí-lo
save-broken-link = { $path } é um link para { $target }, que não existe; escolha outro nome, ou acrescente --force para gravar { $target }
save-is-the-input = { $path } é o arquivo de entrada; gravar ali o destruiria. Escolha outro nome para a saída.
save-io = { $path }: não foi possível salvar: { $error }.{ $previous ->
        [unchanged] {" "}O arquivo anterior continua intacto.
       *[new] {""}
    } Verifique se a pasta aceita gravação e se há espaço no disco, ou escolha outro lugar.
export-size = Não é possível gerar uma imagem de { $width }×{ $height } pixels: a largura e a altura devem ficar entre { $min } e { $max }. Escolha outro tamanho.
export-unknown-format = { $name }: não dá para saber em que formato gravar. Dê ao arquivo a extensão .png ou .svg.
export-render = Não foi possível desenhar a imagem ({ $detail }). Tente um tamanho menor ou o outro formato.

## The analysis (check --summary, the report, the window's Analysis)

moment = Momento
moments-of-truth = Momentos da verdade
critical-moments = Momentos críticos
average-satisfaction = Satisfação média
total = Total
decimal-separator = ,
moments-count = { $count ->
        [0] { $count } momentos
        [one] { $count } momento
       *[other] { $count } momentos
    }
critical-line = { $critical } de { $moments } ({ $percent }%)
average-line = { $average } de 5 ({ $scored } de { $moments } avaliados)
average-none = nenhum momento avaliado ({ $scored } de { $moments } avaliados)
missing-Improvement = sem ação de melhoria
missing-Owner = sem responsável
missing-Both = sem ação de melhoria e sem responsável
expectation-Warmth-short = Cordialidade
expectation-Speed-short = Rapidez
expectation-Information-short = Info
expectation-Guarantees-short = Garantias
expectation-Advice-short = Orientação
analysis-principles = Princípios por momento
analysis-expectations = Expectativas por momento
analysis-causes = Causas de insatisfação, por momentos afetados
analysis-no-causes = Nenhuma causa de insatisfação registrada.
analysis-missing-plans = Momentos críticos sem plano
analysis-all-planned = Todo momento crítico tem uma ação de melhoria e um responsável.
analysis-no-critical = Nenhum momento está marcado como crítico.
summary-no-moments = (nenhum momento)
summary-critical-moment = momento crítico

## A moment's card, the slides, the command line

critical-moment = Momento crítico
card-kicker = Momento { $number } de { $count } · { $channel }
why = Por quê
expectations = Expectativas
principles = Princípios
satisfaction = Satisfação
not-scored = Sem avaliação
standard = Padrão
improvement = Melhoria
owner = Responsável
slides-cycle = ciclo
slides-moment = momento
cli-new-cycle-title = Novo ciclo de serviço
cli-no-display = O Ciclo não conseguiu abrir sua janela: nenhuma tela gráfica respondeu. Abra-o a partir de uma sessão de área de trabalho, ou trabalhe sem janela: `ciclo export ARQUIVO.ron -o ARQUIVO.png` desenha um ciclo e `ciclo check ARQUIVO.ron` o verifica (veja `ciclo --help`).
