package org.ciip.shared.crypto;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every PDF CIIP issues (incident reports, scorecards, testing authorizations, orders and decisions) leaves signed:
 * the signature of its exact bytes travels in the headers {@code CIIP-Signature} (Base64 DER),
 * {@code CIIP-Signature-Algorithm} and {@code CIIP-Signature-Key-Id}, to be checked against the published key.
 */
@ControllerAdvice
class SignedDocuments implements ResponseBodyAdvice<Object> {

    private final DocumentSigner signer;

    SignedDocuments(DocumentSigner signer) {
        this.signer = signer;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof byte[] document && MediaType.APPLICATION_PDF.isCompatibleWith(selectedContentType)) {
            DocumentSigner.Signature signature = signer.sign(document);
            response.getHeaders().set("CIIP-Signature", signature.value());
            response.getHeaders().set("CIIP-Signature-Algorithm", signature.algorithm());
            response.getHeaders().set("CIIP-Signature-Key-Id", signature.keyId());
        }
        return body;
    }
}
