//! Every operation of the spec through its generated request, with no hand-kept table: the
//! request goes to the operation's method and path with the token, and every success
//! example of the operation comes back as a success.

use katapult_tests::http::{TOKEN, client};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn every_operation_sends_its_method_and_path_and_accepts_its_success_examples() {
    let spec = katapult_tests::spec();
    let examples = spec.examples();
    let mut answered = 0;
    for operation in spec.operations() {
        let id = operation.id().expect("every operation has an id");
        let successes: Vec<_> = examples
            .iter()
            .filter(|e| e.operation_id == id && e.status.starts_with('2'))
            .collect();
        assert!(!successes.is_empty(), "{id} has no success example");
        for example in successes {
            let body = example.value.clone().expect("examples load");
            let status: u16 = example.status.parse().expect("a numeric status");
            let server = MockServer::start().await;
            // A text answer's example is its text, sent as text.
            let template = match &body {
                serde_json::Value::String(text) => {
                    ResponseTemplate::new(status).set_body_raw(text.clone(), "text/plain")
                }
                json => ResponseTemplate::new(status).set_body_json(json),
            };
            Mock::given(any()).respond_with(template).mount(&server).await;
            let result = katapult_tests::call_operation(&client(&server.uri()), id)
                .await
                .expect("a generated call for every operation");
            assert!(result.is_ok(), "{}: {result:?}", example.pointer);

            let requests = server.received_requests().await.expect("recording");
            let [request] = requests.as_slice() else {
                panic!("{id}: {} requests", requests.len());
            };
            assert_eq!(request.method.as_str(), operation.method.to_uppercase(), "{id}");
            assert!(
                katapult_build_tools::openapi::path_matches(operation.path, request.url.path()),
                "{id}: sent to {}, the spec says {}",
                request.url.path(),
                operation.path
            );
            let authorization = request.headers.get("authorization").expect("a token is sent");
            assert_eq!(authorization.to_str().ok(), Some(format!("Bearer {TOKEN}").as_str()));
            answered += 1;
        }
    }
    assert!(answered >= katapult_tests::OPERATIONS.len(), "answered {answered}");
}
